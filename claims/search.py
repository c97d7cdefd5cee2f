"""Full-text search over claims: text, statement, verdict and speaker name.

The index is kept in the database and in sync by triggers (migration
`add_full_text_search`), so that `q` never scans the table with LIKE:

- SQLite: an FTS5 table `claims_claim_fts` (rowid = claim id, Porter stemming);
- PostgreSQL: a `search_document` tsvector column on `claims_claim` with a GIN
  index, queried with `websearch_to_tsquery`.

Both indexes hold the speaker's name too, so each word of a query may match the
claim or the person it is attributed to, and the claim's figures
(`Claim.search_figures`, computed in Python at save): "135,000", "135k" and "135
thousand" are all the key `n135000`, "33%", "a third" and "one in three" all
`p33`. A figure in `q` is read the same way and matches the key, so each wording
finds the others. Quoted parts of `q` match as phrases; other words each match
anywhere (AND). Ranked search (`ordering=relevance`) orders the best
RELEVANCE_WINDOW matches by BM25 (SQLite) or ts_rank_cd (PostgreSQL).
"""

import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, connections
from django.db.models import BooleanField, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL

from extraction.numbers import Quantity, quantities

FTS_TABLE = "claims_claim_fts"
# English stemming with accents folded (unaccent), created by the migration.
SEARCH_CONFIG = "claims_search"

# A word for FTS5: letters, digits and the joiners inside words ("135,000", "don't").
_WORD = re.compile(r"\w+(?:[',.\u2019]\w+)*")

SQLITE_INSTALL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        text, statement, verdict, speaker_name, figures, speaker_id UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER IF NOT EXISTS claims_claim_fts_insert AFTER INSERT ON claims_claim BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = new.id;
        INSERT INTO {FTS_TABLE} (rowid, text, statement, verdict, speaker_name, figures, speaker_id)
        VALUES (new.id, new.text, new.statement, new.verdict,
                (SELECT name FROM claims_speaker WHERE id = new.speaker_id),
                coalesce(new.search_figures, ''), new.speaker_id);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS claims_claim_fts_update
    AFTER UPDATE OF text, statement, verdict, speaker_id, search_figures ON claims_claim BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
        INSERT INTO {FTS_TABLE} (rowid, text, statement, verdict, speaker_name, figures, speaker_id)
        VALUES (new.id, new.text, new.statement, new.verdict,
                (SELECT name FROM claims_speaker WHERE id = new.speaker_id),
                coalesce(new.search_figures, ''), new.speaker_id);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS claims_claim_fts_delete AFTER DELETE ON claims_claim BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
    # Names no other table: SQLite rewrites or rejects triggers that name a table
    # when a migration rebuilds that table.
    f"""CREATE TRIGGER IF NOT EXISTS claims_speaker_fts_rename
    AFTER UPDATE OF name ON claims_speaker BEGIN
        UPDATE {FTS_TABLE} SET speaker_name = new.name WHERE speaker_id = new.id;
    END""",
    f"""INSERT INTO {FTS_TABLE} (rowid, text, statement, verdict, speaker_name, figures, speaker_id)
        SELECT c.id, c.text, c.statement, c.verdict, s.name, coalesce(c.search_figures, ''),
               c.speaker_id
        FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id
        WHERE c.id NOT IN (SELECT rowid FROM {FTS_TABLE})""",
]

SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS claims_speaker_fts_rename",
    "DROP TRIGGER IF EXISTS claims_claim_fts_delete",
    "DROP TRIGGER IF EXISTS claims_claim_fts_update",
    "DROP TRIGGER IF EXISTS claims_claim_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

_PG_DOCUMENT = f"""
    setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(NEW.statement, '')), 'A')
    || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(NEW.text, '')), 'A')
    || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(
        (SELECT name FROM claims_speaker WHERE id = NEW.speaker_id), '')), 'B')
    || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(NEW.verdict, '')), 'C')
    || setweight(to_tsvector('simple', coalesce(NEW.search_figures, '')), 'A')
"""

POSTGRESQL_INSTALL = [
    # unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{SEARCH_CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = english);
            ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG}
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        END IF;
    END $$""",
    "ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_document tsvector",
    f"""CREATE OR REPLACE FUNCTION claims_claim_search_document() RETURNS trigger AS $$
    BEGIN
        NEW.search_document := {_PG_DOCUMENT};
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER claims_claim_search_document
    BEFORE INSERT OR UPDATE OF text, statement, verdict, speaker_id, search_figures
    ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_search_document()""",
    """CREATE OR REPLACE FUNCTION claims_speaker_search_rename() RETURNS trigger AS $$
    BEGIN
        -- Touching speaker_id re-runs the claim trigger, which re-reads the name.
        UPDATE claims_claim SET speaker_id = speaker_id WHERE speaker_id = NEW.id;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER claims_speaker_search_rename
    AFTER UPDATE OF name ON claims_speaker
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION claims_speaker_search_rename()""",
    "UPDATE claims_claim SET speaker_id = speaker_id WHERE search_document IS NULL",
    # `q`: a GIN index over the document, so search never scans the table.
    "CREATE INDEX IF NOT EXISTS claim_search_document_idx ON claims_claim "
    "USING GIN (search_document)",
]

POSTGRESQL_UNINSTALL = [
    "DROP TRIGGER IF EXISTS claims_speaker_search_rename ON claims_speaker",
    "DROP FUNCTION IF EXISTS claims_speaker_search_rename()",
    "DROP TRIGGER IF EXISTS claims_claim_search_document ON claims_claim",
    "DROP FUNCTION IF EXISTS claims_claim_search_document()",
    "DROP INDEX IF EXISTS claim_search_document_idx",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_document",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}",
]


def install(schema_editor) -> None:
    """Create the index and its triggers for the connection's database (idempotent)."""
    statements = {"sqlite": SQLITE_INSTALL, "postgresql": POSTGRESQL_INSTALL}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def reinstall_after_migrate(*, using, **kwargs) -> None:
    """post_migrate: put back the SQLite triggers that a table rebuild dropped, and
    compute the figures of claims that have none yet (both databases).

    SQLite cannot alter most columns or constraints in place; Django's migrations
    then copy `claims_claim` into a new table, and its triggers go with the old
    one. Rows copied keep their ids, so the index itself stays right. A database
    migrated to a state before `search_figures` existed gets neither: the
    migration that adds the column rebuilds the index."""
    database = connections[using]
    if database.vendor not in ("sqlite", "postgresql") or not _has_figures_column(database):
        return
    if database.vendor == "sqlite":
        with database.schema_editor() as schema_editor:
            install(schema_editor)
    refresh_figures(using=using)


def _has_figures_column(database) -> bool:
    with database.cursor() as cursor:
        columns = database.introspection.get_table_description(cursor, "claims_claim")
    return any(column.name == "search_figures" for column in columns)


# The triggers that read another table: rebuilding that table (an AlterField, a new
# constraint) fails while they exist ("error in trigger …: no such table").
SQLITE_CROSS_TABLE_TRIGGERS = ["claims_claim_fts_insert", "claims_claim_fts_update"]


def drop_triggers_before_migrate(*, using, **kwargs) -> None:
    """pre_migrate: on SQLite, drop the triggers that read claims_speaker, so that a
    migration may rebuild either table; post_migrate puts them back and indexes the
    claims added meanwhile."""
    database = connections[using]
    if database.vendor != "sqlite":
        return
    with database.cursor() as cursor:
        for name in SQLITE_CROSS_TABLE_TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def uninstall(schema_editor) -> None:
    statements = {"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRESQL_UNINSTALL}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


@contextmanager
def bulk_loading():
    """Index claims inserted inside the block in one pass at its end (SQLite).

    A per-row trigger costs more than the insert itself; loading a million
    benchmark claims with it on takes minutes longer."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS claims_claim_fts_insert")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for sql in SQLITE_INSTALL:
                cursor.execute(sql)


# --- Figures -------------------------------------------------------------------

_CURRENCIES = {"£": "gbp", "$": "usd", "€": "eur", "¥": "jpy"}


def figure_token(quantity: Quantity) -> str | None:
    """The index word for a quantity: `n135000` (a count), `p33` (per cent, whole),
    `gbp2000000000` (money); None for years and vague amounts ("thousands")."""
    if quantity.value is None or quantity.unit == "year":
        return None
    if quantity.unit == "%":
        return f"p{round(quantity.value)}"
    value = round(quantity.value, 2)
    number = str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0")
    # One word for the tokenizers: "2.5" would be two.
    return _CURRENCIES.get(quantity.unit, "n") + number.replace(".", "d")


def claim_figures(*texts: str) -> str:
    """`Claim.search_figures`: the index words of every figure in `texts`."""
    tokens = {figure_token(q) for text in texts if text for q in quantities(text)}
    return " ".join(sorted(token for token in tokens if token))


FIGURES_BATCH = 2000


def refresh_figures(*, using: str = "default") -> int:
    """Compute `search_figures` for claims that have none (rows written without
    `Claim.save()`: fixtures, bulk inserts, claims older than the column). The
    search triggers pass the new figures on to the index. Returns how many."""
    database = connections[using]
    done = 0
    while True:
        with database.cursor() as cursor:
            cursor.execute(
                "SELECT id, text, statement FROM claims_claim "
                "WHERE search_figures IS NULL ORDER BY id LIMIT %s",
                (FIGURES_BATCH,),
            )
            rows = cursor.fetchall()
            if not rows:
                return done
            cursor.executemany(
                "UPDATE claims_claim SET search_figures = %s WHERE id = %s",
                [(claim_figures(text, statement), pk) for pk, text, statement in rows],
            )
        done += len(rows)


# --- Reading `q` ---------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One required part of a query: a word, a phrase (several words in order), or
    a figure (its index word, or its own wording when that is precise)."""

    words: tuple[str, ...] = ()
    figure: str | None = None


# Straight and typographic double quotes delimit phrases.
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})
_PHRASE = re.compile(r'"([^"]*)"')


# What one query may cost (issue 14): its first MAX_QUERY_CHARS characters, its first
# MAX_TERMS distinct terms, MAX_PHRASE_WORDS words of a phrase; the rest is ignored.
# "a a a … a" is one term, as cheap as "a".
MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_PHRASE_WORDS = 8


def _all_terms(query: str) -> list[Term]:
    query = query.replace("\x00", "").translate(_QUOTES)
    terms: list[Term] = []
    position = 0
    for match in _PHRASE.finditer(query):
        terms += _loose_terms(query[position : match.start()])
        terms += _phrase_terms(match.group(1))
        position = match.end()
    terms += _loose_terms(query[position:].replace('"', " "))
    return list(dict.fromkeys(terms))


@lru_cache(maxsize=256)
def parse_query(query: str) -> tuple[Term, ...]:
    """The terms of `q`: quoted parts are phrases (an unbalanced quote is ignored),
    figures anywhere are figures, every other word is a word. Each term once, at most
    MAX_TERMS of them, of at most MAX_PHRASE_WORDS words."""
    terms = _all_terms(query[:MAX_QUERY_CHARS])
    capped = (Term(words=t.words[:MAX_PHRASE_WORDS], figure=t.figure) for t in terms)
    return tuple(dict.fromkeys(capped))[:MAX_TERMS]


def query_is_capped(query: str) -> bool:
    """`query` says more than a search reads (the list tells the reader so)."""
    if len(query) > MAX_QUERY_CHARS:
        return True
    terms = _all_terms(query)
    return len(terms) > MAX_TERMS or any(len(t.words) > MAX_PHRASE_WORDS for t in terms)


def _figure_term(quantity: Quantity, text: str) -> Term | None:
    token = figure_token(quantity)
    if token is None:
        return None
    words = tuple(_WORD.findall(text))
    # "33%" or "£2bn" as words would be "33" or "2bn", which match other figures.
    precise = quantity.unit == "" or (quantity.unit == "%" and any(w[0].isalpha() for w in words))
    return Term(words=words if precise else (), figure=token)


def _loose_terms(text: str) -> list[Term]:
    terms = []
    position = 0
    for quantity in quantities(text):
        term = _figure_term(quantity, text[quantity.start : quantity.end])
        if term is None:
            continue
        terms += [Term(words=(w,)) for w in _WORD.findall(text[position : quantity.start])]
        terms.append(term)
        position = quantity.end
    terms += [Term(words=(w,)) for w in _WORD.findall(text[position:])]
    return terms


def _phrase_terms(text: str) -> list[Term]:
    words = tuple(_WORD.findall(text))
    if not words:
        return []
    found = quantities(text)
    # A phrase that is one figure ("a third") matches its other wordings too.
    if len(found) == 1 and not _WORD.findall(text[: found[0].start] + text[found[0].end :]):
        term = _figure_term(found[0], text[found[0].start : found[0].end])
        if term is not None:
            return [Term(words=words, figure=term.figure)]
    return [Term(words=words)]


def _fts5_string(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def fts5_match_expression(query: str) -> str:
    """A MATCH expression requiring every term of `query`, each a quoted FTS5 string.

    Quoting makes FTS5 operators and punctuation in user input (`"`, `AND`, `(`,
    `NEAR`, `*`, `:`) plain words, so no input can be a syntax error."""
    parts = []
    for term in parse_query(query):
        if term.figure and term.words:
            parts.append(f'("{term.figure}" OR {_fts5_string(term.words)})')
        elif term.figure:
            parts.append(f'"{term.figure}"')
        else:
            parts.append(_fts5_string(term.words))
    return " AND ".join(parts)


def _postgresql_tsquery(query: str) -> tuple[str, list]:
    """SQL for a tsquery requiring every term of `query`, with its parameters."""
    sql, params = [], []
    for term in parse_query(query):
        words = " ".join(term.words)
        phrase = "phraseto_tsquery(%s::regconfig, %s)"
        if term.figure and term.words:
            sql.append(f"(plainto_tsquery('simple', %s) || {phrase})")
            params += [term.figure, SEARCH_CONFIG, words]
        elif term.figure:
            sql.append("plainto_tsquery('simple', %s)")
            params.append(term.figure)
        else:
            sql.append(phrase)
            params += [SEARCH_CONFIG, words]
    if not sql:
        return "", params
    # Parenthesised whole: `@@` binds tighter than `&&`.
    return "(" + " && ".join(f"({part})" for part in sql) + ")", params


# --- Searching -----------------------------------------------------------------

# Ranked search orders this many best matches; a date ordering reads every match.
RELEVANCE_WINDOW = 1000
# bm25 weights per FTS5 column: text, statement, verdict, speaker_name, figures.
_BM25 = f"bm25({FTS_TABLE}, 4.0, 3.0, 1.0, 2.0, 4.0, 0.0)"


def search_claims(
    queryset: QuerySet, query: str, *, adaptive: bool = False, ranked: bool = False
) -> QuerySet:
    """Claims matching every term of `query` (stemmed, case- and accent-insensitive).

    `ranked`: only the RELEVANCE_WINDOW best matches, annotated with `search_rank`
    (higher is better) and ordered by it, then by id, newest first.

    `adaptive` (SQLite only, unranked) spends one capped count on choosing how a page
    of newest matches is found: a word in thousands of claims is fastest found by
    walking the date index and keeping the matches (the first page is near the
    top), a rarer one by sorting its few matches. Measured at a million claims:
    about 20 ms either way, against 235 ms for sorting 66,000 matches."""
    table = queryset.model._meta.db_table
    if connection.vendor == "postgresql":
        tsquery, params = _postgresql_tsquery(query)
        if not tsquery:
            return queryset.none()
        document = f'"{table}"."search_document"'
        if not ranked:
            condition = RawSQL(f"{document} @@ {tsquery}", params, output_field=BooleanField())
            return queryset.filter(condition)
        return _ranked_postgresql(queryset, tsquery, params)
    if connection.vendor == "sqlite":
        match = fts5_match_expression(query)
        if not match:
            return queryset.none()
        if ranked:
            return _ranked_sqlite(queryset, match)
        matches = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        if adaptive and _is_dense(match):
            # "+ 0" keeps SQLite from driving the query off the match list.
            condition = RawSQL(
                f'"{table}"."id" + 0 IN ({matches})', (match,), output_field=BooleanField()
            )
            return queryset.filter(condition)
        return queryset.filter(id__in=RawSQL(matches, (match,)))
    return _search_with_like(queryset, query)


def _ranked_sqlite(queryset: QuerySet, match: str) -> QuerySet:
    """The best matches by BM25, read from the index in one query, then given to the
    claim query as ids and scores. SQLite cannot rank inside a correlated
    subquery without recomputing BM25's statistics per row (seconds), and a join
    is not expressible here; a window of ids is, and costs milliseconds.

    A term in thousands of claims ranks its DENSE_MATCHES most recently added
    matches only: BM25 over 125,000 matches alone would cost 150 ms."""
    newest_first = (
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
        f"ORDER BY rowid DESC LIMIT 1 OFFSET {max(DENSE_MATCHES, RELEVANCE_WINDOW) - 1}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, -{_BM25} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            f"AND rowid >= coalesce(({newest_first}), 0) "
            f"ORDER BY 2 DESC, rowid DESC LIMIT {RELEVANCE_WINDOW}",
            (match, match),
        )
        window = cursor.fetchall()
    return _in_window(queryset, window)


def _ranked_postgresql(queryset: QuerySet, tsquery: str, params: list) -> QuerySet:
    """As on SQLite: the window's ids and scores first, then the claim query by id.
    Ranked inside the claim query, the planner joins every claim before the window
    (seconds at a million). ts_rank_cd reads each match's whole document, so a
    term in thousands of claims ranks its DENSE_MATCHES newest matches only.

    The GIN index cannot give matches newest first: it gives them all, and reading
    every one to keep the newest cost 200 ms for "asylum backlog" (66,000 matches)
    at a million claims. So the newest matches are looked for among the newest
    claims first: the matches are restricted to a range of ids at the top of the
    primary key (the GIN bitmap ANDed with the key's, or the key walked backwards:
    the planner picks), and only rows in that range are read. A range with fewer
    matches than wanted shows how dense the term is, and the next range is sized
    from that; the last read has no range. Whichever read ends it, the window is
    the same: the DENSE_MATCHES newest matches, ranked."""
    table = queryset.model._meta.db_table
    wanted = max(DENSE_MATCHES, RELEVANCE_WINDOW)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT min(id), max(id) FROM {table}")
        first, last = cursor.fetchone()
        if last is None:
            return queryset.none()
        span = wanted * NEWEST_SPAN
        for _ in range(RANGE_READS):
            if span > wanted * WIDEST_SPAN or last - span < first:
                break
            window, found = _newest_window(cursor, table, tsquery, params, last - span + 1)
            if found >= wanted:
                return _in_window(queryset, window)
            # Sized for the density seen, with a margin; none seen: a rare term.
            span = -(-span * wanted * 5 // (found * 4)) if found else last - first + 1
        window, _ = _newest_window(cursor, table, tsquery, params, None)
    return _in_window(queryset, window)


# Ranked search on PostgreSQL reads the newest NEWEST_SPAN ids per match wanted first
# (a term in one claim of 16 or more needs no other read), then a range sized by the
# density seen: RANGE_READS ranges at most, then every match. A term too rare for a
# range of WIDEST_SPAN ids per match wanted has every match read at once: a bitmap of
# that many ids costs more than the rows it saves (measured at a million claims).
NEWEST_SPAN = 16
WIDEST_SPAN = 128
RANGE_READS = 2


def _newest_window(
    cursor, table: str, tsquery: str, params: list, lowest: int | None
) -> tuple[list[tuple[int, float]], int]:
    """The ranked window of the newest matches with ids from `lowest`, and how many
    matches were ranked. Without `lowest`, every match is read from the GIN index
    ("id + 0" keeps the planner from walking the primary key instead: for a term in
    fewer than one claim in WIDEST_SPAN, that reads more rows than it keeps)."""
    wanted = max(DENSE_MATCHES, RELEVANCE_WINDOW)
    if lowest is None:
        in_range, newest_first = "", "id + 0 DESC"
    else:
        in_range, newest_first = f"AND id >= {int(lowest)} ", "id DESC"
    cursor.execute(
        f"SELECT id, ts_rank_cd(search_document, {tsquery}), count(*) OVER () FROM ("
        f"SELECT id, search_document FROM {table} WHERE search_document @@ {tsquery} "
        f"{in_range}ORDER BY {newest_first} LIMIT {wanted}) AS newest "
        f"ORDER BY 2 DESC, id DESC LIMIT {RELEVANCE_WINDOW}",
        params * 2,
    )
    rows = cursor.fetchall()
    return [(pk, score) for pk, score, _ in rows], rows[0][2] if rows else 0


def _in_window(queryset: QuerySet, window: list[tuple[int, float]]) -> QuerySet:
    """The claims of a ranked window of (id, score), annotated and ordered by score."""
    if not window:
        return queryset.none()
    table = queryset.model._meta.db_table
    if connection.vendor == "postgresql":
        # Two arrays, not a thousand parameters: parsed and planned in a fraction.
        ids, scores = [pk for pk, _ in window], [score for _, score in window]
        score = RawSQL(
            f'(%s::float8[])[array_position(%s::bigint[], "{table}"."id")]',
            [scores, ids],
            output_field=FloatField(),
        )
        in_window = RawSQL(f'"{table}"."id" = ANY(%s::bigint[])', [ids], BooleanField())
        return (
            queryset.filter(in_window).annotate(search_rank=score).order_by("-search_rank", "-id")
        )
    cases = " ".join("WHEN %s THEN %s" for _ in window)
    score = RawSQL(
        f'CASE "{table}"."id" {cases} END',
        [value for row in window for value in row],
        output_field=FloatField(),
    )
    return (
        queryset.filter(id__in=[pk for pk, _ in window])
        .annotate(search_rank=score)
        .order_by("-search_rank", "-id")
    )


DENSE_MATCHES = 5000


def _is_dense(match: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT %s)",
            (match, DENSE_MATCHES),
        )
        return cursor.fetchone()[0] >= DENSE_MATCHES


def _search_with_like(queryset: QuerySet, query: str) -> QuerySet:
    """Fallback for other databases: every word somewhere, case-insensitively."""
    for word in query.split():
        queryset = queryset.filter(
            Q(text__icontains=word)
            | Q(statement__icontains=word)
            | Q(verdict__icontains=word)
            | Q(speaker__name__icontains=word)
        )
    return queryset


# --- Highlighting --------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets still hold."""
    return "".join(unicodedata.normalize("NFD", c)[0].lower()[:1] or c for c in text)


def _same_word(token: str, word: str) -> bool:
    """Roughly what stemming would match: the same word, or one that adds a short
    ending to a word of four letters or more ("crossing", "crossings")."""
    short, long = sorted((token, word), key=len)
    return token == word or (
        len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3
    )


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of `text` that `query` matched, in order, merged:
    its figures in any wording, its phrases, and its words (roughly stemmed)."""
    terms = parse_query(query[:HIGHLIGHT_QUERY_MAX])
    if not terms or not text:
        return []
    spans = []
    figures = {term.figure for term in terms if term.figure}
    if figures:
        spans += [(q.start, q.end) for q in quantities(text) if figure_token(q) in figures]
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(_fold(text))]
    for term in terms:
        wanted = [_fold(word) for word in term.words]
        if not wanted:
            continue
        for i in range(len(tokens) - len(wanted) + 1):
            if all(_same_word(tokens[i + k][2], word) for k, word in enumerate(wanted)):
                spans.append((tokens[i][0], tokens[i + len(wanted) - 1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


HIGHLIGHT_QUERY_MAX = 200
