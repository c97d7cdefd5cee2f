"""The claim row: the one definition of what a published claim is made of, in
order, with each field's label. The API serializer, the API's `.only()`, the CSV
and the JSON-lines exports are all built from `CLAIM_ROW`; a field added here
appears in all four, in the same place.

A column reads one database value (`lookup`) and writes it by its `kind`: as is,
as a date, as a UTC timestamp, as text (which the CSV keeps from running as a
spreadsheet formula), or worked out from the value (a page URL from the slug, a
label or a number from the rating, a flag from a count). Grouped columns
(`speaker`, `source`) are a nested object in JSON and `<group>_<name>` columns in
the CSV. A `computed` column (the byline) is worked out by the model under its
`lookup` name: a property on instances, `byline_expressions()` in the exports' SQL.
An `annotated` column (the corrections count) is one SQL expression,
`ROW_ANNOTATIONS`, that the API's queryset selects; the exports read the same count
from the row the database keeps for each claim (`exports.corrections_count_sql`).

Timestamps are written one way everywhere (`utc_timestamp`): RFC 3339 in UTC, whole
seconds, `Z`.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse

from claims.models import BYLINE_READS, Claim, Correction, Evidence
from factcheck.formats import utc_timestamp

(
    PLAIN,
    TEXT,
    DATE,
    TIMESTAMP,
    PAGE_URL,
    RATING_LABEL,
    RATING_VALUE,
    CORRECTED,
    TOPICS,
    EVIDENCE,
) = (
    "plain",
    "text",
    "date",
    "timestamp",
    "page_url",
    "rating_label",
    "rating_value",
    "corrected",
    "topics",
    "evidence",
)
# Aggregates over related rows: read from each claim's summary row (exports) or attached
# per page (API).
AGGREGATES = (TOPICS, EVIDENCE)


@dataclass(frozen=True)
class Column:
    name: str
    lookup: str
    label: str
    group: str = ""
    kind: str = PLAIN
    computed: bool = False
    annotated: bool = False

    @property
    def flat_name(self) -> str:
        """The CSV header: grouped columns are prefixed with their group."""
        return f"{self.group}_{self.name}" if self.group else self.name


CLAIM_ROW = (
    Column("id", "id", "Stable numeric identifier."),
    Column("slug", "slug", "Stable identifier used in public page URLs."),
    Column("url", "slug", "The claim's public page.", kind=PAGE_URL),
    Column("text", "text", "The words as said, verbatim from the source.", kind=TEXT),
    Column("statement", "statement", "The claim restated neutrally.", kind=TEXT),
    Column("id", "speaker__id", "Stable numeric identifier.", group="speaker"),
    Column("name", "speaker__name", "Person or organisation.", group="speaker", kind=TEXT),
    Column("slug", "speaker__slug", "Stable identifier used in public page URLs.", "speaker"),
    Column("role", "speaker__role", "Role or title when the claim was made.", "speaker", TEXT),
    Column(
        "organisation",
        "speaker__organisation",
        "Organisation the speaker belongs to; empty if none is recorded.",
        group="speaker",
        kind=TEXT,
    ),
    Column(
        "wikidata_id",
        "speaker__wikidata_id",
        "The speaker's Wikidata item, e.g. Q12345; empty if unknown.",
        group="speaker",
    ),
    Column(
        "said_on",
        "said_on",
        "When the claim was made (the first day of the month or year when only that is "
        "known); null when unknown.",
        kind=DATE,
    ),
    Column(
        "said_on_precision",
        "said_on_precision",
        "How precisely said_on is known: day, month or year.",
    ),
    Column("id", "source__id", "Stable numeric identifier.", group="source"),
    Column("title", "source__title", "The document's title.", group="source", kind=TEXT),
    Column("url", "source__url", "Where the document was published.", "source", TEXT),
    Column(
        "publisher",
        "source__publisher__name",
        "Name of the organisation that published the source.",
        group="source",
        kind=TEXT,
    ),
    Column("published_on", "source__published_on", "When it was published.", "source", DATE),
    Column("quote_start", "quote_start", "Start of the quote in the source's full text."),
    Column("quote_end", "quote_end", "End (exclusive) of the quote in the source's text."),
    Column("status", "status", "unverified, in_progress or checked."),
    Column("rating", "rating", "The rating's value; empty if unrated."),
    Column("rating_label", "rating", "The rating as readers see it.", kind=RATING_LABEL),
    Column(
        "rating_value",
        "rating",
        "The rating as a number, as in ClaimReview: 5 accurate, 4 mostly accurate, 3 mixed, "
        "2 misleading, 1 inaccurate; null (empty in CSV) for unsupported and unrated.",
        kind=RATING_VALUE,
    ),
    Column("verdict", "verdict", "The explanation of the rating.", kind=TEXT),
    Column(
        "corrected",
        "corrections_count",
        "Whether the published rating or verdict has been publicly corrected (true/false).",
        kind=CORRECTED,
    ),
    Column(
        "corrections_count",
        "corrections_count",
        "How many public corrections the claim has had (the corrections log).",
        annotated=True,
    ),
    Column("topics", "topics__slug", "Topic slugs, in slug order.", kind=TOPICS),
    Column("evidence", "evidence", "Links checked, by stance.", kind=EVIDENCE),
    Column(
        "checked_by",
        "byline_checked_by",
        "Who checked the claim: the fact-checker's public name, or the desk's name; "
        "null until checked.",
        kind=TEXT,
        computed=True,
    ),
    Column(
        "checked_on",
        "byline_checked_on",
        "When the check was completed (else the day it was published); null until checked.",
        kind=DATE,
        computed=True,
    ),
    Column(
        "edited_by",
        "byline_edited_by",
        "The editor who published the check: their public name, or the desk's name.",
        kind=TEXT,
        computed=True,
    ),
    Column("published_at", "published_at", "When the check was first published.", kind=TIMESTAMP),
    Column("updated_at", "updated_at", "When the claim was last changed.", kind=TIMESTAMP),
    Column(
        "revised_at",
        "revised_at",
        "When the published verdict was last corrected or clarified (“Updated on”); null if never.",
        kind=TIMESTAMP,
    ),
)

EVIDENCE_FIELDS = ("url", "title", "publisher", "stance", "archived_url")
RATING_LABELS = dict(Claim.Rating.choices)
RATING_VALUES = {str(rating): value for rating, value in Claim.RATING_VALUES.items()}


def corrections_count():
    """The claim's public corrections, counted by a correlated subquery in an API
    page's query."""
    public = (
        Correction.objects.public()
        .filter(claim=OuterRef("pk"))
        .order_by()
        .values("claim")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(public, output_field=IntegerField()), 0)


# The annotated columns' SQL, by lookup.
ROW_ANNOTATIONS = {"corrections_count": corrections_count}


def with_row_annotations(queryset):
    """The claims with the row's annotated columns (`Column.annotated`)."""
    return queryset.annotate(**{name: build() for name, build in ROW_ANNOTATIONS.items()})


# The evidence export (one row per link): the claim's id and slug, then the link.
EVIDENCE_ROW = (
    Column("claim_id", "id", "The claim's id (as in the claims export and API)."),
    Column("claim_slug", "slug", "The claim's slug, as in its page's URL."),
    Column("url", "evidence__url", "The evidence (http/https).", kind=TEXT),
    Column("title", "evidence__title", "Its title.", kind=TEXT),
    Column("publisher", "evidence__publisher", "Who published it; may be empty.", kind=TEXT),
    Column("published_on", "evidence__published_on", "When it was published.", kind=DATE),
    Column(
        "stance",
        "evidence__stance",
        "What it does for the claim: supports, contradicts or context.",
    ),
    Column(
        "archived_url",
        "evidence__archived_url",
        "A snapshot, in case the original changes; may be empty.",
        kind=TEXT,
    ),
    Column("note", "evidence__note", "What the evidence shows, in a sentence or two.", kind=TEXT),
)
# OWASP CSV injection: a spreadsheet runs cells starting with these as formulas.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def group_columns(group: str) -> list[Column]:
    return [column for column in CLAIM_ROW if column.group == group]


def top_level_names() -> list[str]:
    """The claim's fields in order, each group once where its first column is."""
    names: list[str] = []
    for column in CLAIM_ROW:
        name = column.group or column.name
        if name not in names:
            names.append(name)
    return names


def model_columns() -> list[str]:
    """What the API loads per claim (`.only()`): the row's own columns and the
    relations they go through; never the source's body (whole documents)."""
    read = [
        c.lookup
        for c in CLAIM_ROW
        if c.kind not in AGGREGATES and not c.computed and c.lookup not in ROW_ANNOTATIONS
    ]
    if any(c.computed for c in CLAIM_ROW):
        read += BYLINE_READS
    parts = [lookup.split("__") for lookup in read]
    relations = {"__".join(path[:i]) for path in parts for i in range(1, len(path))}
    return list(dict.fromkeys([*read, *sorted(relations)]))


def claim_url_builder(request):
    """slug -> absolute URL of the claim page, without a reverse() per row."""
    marker = "slug-marker"
    try:
        path = reverse("claims:detail", kwargs={"slug": marker})
    except NoReverseMatch:
        path = f"/claims/{marker}/"
    if request is not None:
        path = request.build_absolute_uri(path)
    prefix, suffix = path.rsplit(marker, 1)
    return lambda slug: f"{prefix}{slug}{suffix}"


def neutralise(value):
    """A string a spreadsheet will show as text, never run as a formula."""
    if value and value[0] in FORMULA_TRIGGERS:
        return "'" + value
    return value


def rating_label(rating: str) -> str:
    return RATING_LABELS.get(rating, "")


def rating_value(rating: str) -> int | None:
    return RATING_VALUES.get(rating)


def is_corrected(count: int) -> bool:
    return bool(count)


def iso_date(value) -> str | None:
    return value if value is None or isinstance(value, str) else value.isoformat()


def attach_topics_and_evidence(claims: list[Claim]) -> list[Claim]:
    """Give each claim `topic_slugs` and `evidence_rows` as plain values, in two
    queries for the page, in the order the exports aggregate them: a prefetch
    would build a model instance per row and a manager per claim."""
    ids = [claim.id for claim in claims]
    topics = defaultdict(list)
    for claim_id, slug in (
        Claim.topics.through.objects.filter(claim_id__in=ids)
        .order_by("topic__slug")
        .values_list("claim_id", "topic__slug")
    ):
        topics[claim_id].append(slug)
    evidence = defaultdict(list)
    for claim_id, *values in (
        Evidence.objects.filter(claim_id__in=ids)
        .order_by("stance", "id")
        .values_list("claim_id", *EVIDENCE_FIELDS)
    ):
        evidence[claim_id].append(dict(zip(EVIDENCE_FIELDS, values, strict=True)))
    for claim in claims:
        claim.topic_slugs = topics[claim.id]
        claim.evidence_rows = evidence[claim.id]
    return claims


def _reader(column: Column):
    """Reads a column's raw value from a claim instance (attached aggregates included)."""
    if column.kind == TOPICS:
        return lambda claim: claim.topic_slugs
    if column.kind == EVIDENCE:
        return lambda claim: claim.evidence_rows
    path = column.lookup.split("__")

    def read(claim):
        value = claim
        for name in path:
            if value is None:
                return None
            value = getattr(value, name)
        return value

    return read


def claim_representation(url_for):
    """claim -> the API's dict for it, built from CLAIM_ROW."""
    writers = {
        DATE: iso_date,
        TIMESTAMP: utc_timestamp,
        PAGE_URL: url_for,
        RATING_LABEL: rating_label,
        RATING_VALUE: rating_value,
        CORRECTED: is_corrected,
    }
    plan = [
        (column.group, column.name, _reader(column), writers.get(column.kind))
        for column in CLAIM_ROW
    ]
    names = top_level_names()

    def represent(claim) -> dict:
        groups = {"speaker": claim.speaker, "source": claim.source}
        data = dict.fromkeys(names)
        for group, name, read, write in plan:
            value = read(claim)
            if write is not None and value is not None:
                value = write(value)
            if not group:
                data[name] = value
            elif groups[group] is not None:
                data[group] = data[group] or {}
                data[group][name] = value
        return data

    return represent
