"""The four standing texts (methodology, each rating's definition, about, corrections
policy) as a starting point editors then keep up to date, and the permission to
change them for the Editors group only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

METHODOLOGY = """\
## How we choose claims

We check statements of fact made in public by people and organisations with a say in public policy: ministers, members of parliament, government departments, parties and public bodies. We look for claims in speeches, press releases, interviews, parliamentary records, reports and posts on social media.

We choose a claim when it can be checked against evidence (a figure, a comparison, a statement about what a law or treaty says or what happened), when it matters to a public debate, and when readers are likely to have heard it. We do not check opinions, predictions or promises as such, though we do check the facts a prediction rests on.

Which claims we check is an editorial choice, not a sample. Counting our verdicts on one speaker says what we checked, not how truthful that speaker is in general.

## How we check a claim

- We log the claim word for word from its source and keep the source text, so that the quote can be read in its context.
- We attribute it to the person or organisation who made it, with the date it was made. Text that is a publication's own narration (an encyclopedia entry, a report's authors) is labelled as that publication's text, not as anyone's claim.
- We restate the claim neutrally in one sentence, to make clear what we are checking.
- We look for the best available evidence, starting with primary sources: official statistics, the text of laws, treaties and judgments, and the data behind published research. Where we rely on reporting or expert opinion, we say so.
- Where we can, we ask the speaker for the source of their claim.
- Every source we rely on is linked from the check, with an archived copy where we have one, and marked as supporting the claim, contradicting it, or giving context.

## How we rate a claim

Each checked claim gets one rating from the scale below, and a written verdict that explains it and cites the evidence. The verdict is written as of the date of the check: when later events change the picture, we update the check and say so.

Claims we have logged but not yet finished checking are shown as "Not yet checked" or "Being checked", never with a rating.

## Review by an editor

A fact-checker researches the claim and drafts the verdict. An editor who did not draft it reviews the evidence, the rating and the wording before the check is published. Only editors can publish a check.

## Corrections

When we get something wrong we correct it in the open: the claim page says what changed, when and why, next to the verdict, and the change is listed on our corrections page and in our feeds. Our corrections policy explains how.
"""

RATINGS = {
    "accurate": (
        "The claim is correct and nothing significant is missing: the best available "
        "evidence supports it as stated."
    ),
    "mostly_accurate": (
        "The claim is broadly right but needs a clarification or more context: a figure "
        "is rounded generously, a comparison is chosen to flatter, or a detail is wrong "
        "without changing the point."
    ),
    "mixed": (
        "Part of the claim is accurate and part is not, or the evidence points both ways. "
        "The verdict says which part is which."
    ),
    "misleading": (
        "The claim may contain accurate facts but leaves a false overall impression: "
        "through missing context, a selective comparison, or a figure that measures "
        "something other than what the words suggest."
    ),
    "inaccurate": "The claim is wrong: the best available evidence contradicts it.",
    "unsupported": (
        "We could not find evidence that supports or contradicts the claim, and none was "
        "given when we asked for it. This is not a finding that the claim is false. It has "
        "no place on the scale from accurate to inaccurate."
    ),
}

ABOUT = """\
{organisation} is a fact-checking desk. We check claims that politicians, governments and public bodies make in public against the best available evidence, and we publish how we reached each verdict.

## What we publish

- Each claim word for word, attributed to its speaker and dated, with its source text.
- A rating and a written verdict, with links to the evidence we relied on.
- A public record of every correction we make.
- Our data, free to reuse: an API, whole-dataset exports and ClaimReview markup for search engines and fact-check archives.

## How we work

Our methodology page explains how we choose claims, how we check them, what each rating means and how an editor reviews every check before it is published. We apply the same standards whoever made the claim.

## Contact

Our website is {organisation_url}. If you think a check is wrong, our corrections policy says how to tell us.
"""

CORRECTIONS_POLICY = """\
We want our checks to be right, and we say so openly when one was not.

## Corrections

We publish a correction when we change a check's rating, or change its verdict in substance: a wrong figure, a misread source, evidence we missed, or a conclusion that no longer holds. A correction is shown next to the verdict on the claim's page, with the date and a note saying what changed and why. The rating and verdict before the change stay readable on the page. Every correction is listed, newest first, on our corrections page and in our feeds.

A change of rating is always a correction.

## Clarifications

A clarification is a change of wording that does not change what a verdict says: a typo, a clumsy sentence, a link that moved. We make it without a correction note; the check shows when it was last updated, and every edit is kept in our editing history.

## Updates

When events after a check change the picture (a law passes, new figures are published), we may update the verdict. We say what changed and when, and the verdict keeps saying as of which date it was written.

## How to ask for a correction

Tell us through {organisation_url}: give the link to the claim's page and what you believe is wrong, with your evidence if you have it. An editor who did not work on the check reviews every request. We correct what needs correcting, whoever asked.
"""

PAGES = [
    ("methodology", "Methodology", "How we choose claims, check them and rate them, "
     "and what each rating means.", METHODOLOGY),
    ("about", "About us", "Who we are and what we publish.", ABOUT),
    ("corrections-policy", "Corrections policy", "How we correct our checks, and how to "
     "ask for a correction.", CORRECTIONS_POLICY),
]
EDITOR_PERMISSIONS = [
    "change_page",
    "view_page",
    "change_ratingdefinition",
    "view_ratingdefinition",
]


def write_pages(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    RatingDefinition = apps.get_model("pages", "RatingDefinition")
    for slug, title, summary, body in PAGES:
        Page.objects.get_or_create(slug=slug, defaults={"title": title, "summary": summary,
                                                        "body": body})
    for rating, definition in RATINGS.items():
        RatingDefinition.objects.get_or_create(rating=rating, defaults={"definition": definition})


def give_editors_the_pages(apps, schema_editor):
    # Permissions are normally made after migrate; the group needs them now.
    app_config = apps.get_app_config("pages")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="pages", codename__in=EDITOR_PERMISSIONS)
    )


def forwards(apps, schema_editor):
    write_pages(apps, schema_editor)
    give_editors_the_pages(apps, schema_editor)


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="pages")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_create_pages_and_rating_definitions"),
        ("claims", "0002_create_editorial_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
