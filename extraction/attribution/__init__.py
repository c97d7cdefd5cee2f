"""Who said it: attribution from the structure of the text.

- "Health Secretary Jane Roe said:" (or "Chief Executive, Dr John Doe:")
  on its own line: the paragraphs that follow are that person's, until the
  text turns back to narration (a heading, another speaker, or a paragraph
  that speaks of the person in the third person);
- "X said …", "X claimed that …", "X denied …" inside a sentence;
- "…, said X", "“…,” the minister said";
- "according to X";
- quoted speech, and the quoted paragraphs that continue it;
- a role ("the Home Secretary", "the minister") resolved to the person named
  with that role elsewhere in the text, a surname to the full name;
- otherwise the document's own voice: the publisher of a press release, the
  person in the title of a speech, nobody for an encyclopedia entry.
"""

from extraction.attribution.accounts import publishing_body
from extraction.attribution.briefings import briefing_questions
from extraction.attribution.handovers import handed_turns
from extraction.attribution.interviews import page_notes
from extraction.attribution.introduced import introduced_person
from extraction.attribution.leading import reported_speaker
from extraction.attribution.lost_marks import lost_mark_blocks
from extraction.attribution.members import learn_members
from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    phrase_title,
)
from extraction.attribution.open_quotes import open_quote_blocks
from extraction.attribution.releases import data_paragraphs
from extraction.attribution.reported import announces, cites, is_quoted
from extraction.attribution.resolution import Resolver, mentions, mentions_official
from extraction.attribution.sources import reports_figures
from extraction.attribution.straight_quotes import straight_quote_blocks
from extraction.attribution.subheads import section_headings
from extraction.attribution.titles import (
    genre_title_speaker,
    header_speaker,
    office_title_speaker,
    statement_title_speaker,
    trim_title_name,
)
from extraction.attribution.turns import block_speakers as _turn_blocks
from extraction.attribution.turns import (
    heading_speaker,
    intro_speaker,
    run_in_speaker,
)


def block_speakers(
    paragraphs, resolver, *, turns=False, interview=False, publication=None, narrated=True
):
    """The speaker of each paragraph's block (`turns.block_speakers`); on a page without
    turns, a statement's data paragraph before its official's quoted words is the
    `publication`'s (`releases.data_paragraphs`)."""
    if turns:
        # A committee transcript's "Members present:" list names its turns' speakers.
        learn_members([p.text for p in paragraphs[:12]], resolver)
    blocks = _turn_blocks(
        paragraphs,
        resolver,
        turns=turns,
        interview=interview,
        publication=publication,
        narrated=narrated,
    )
    if interview:
        blocks = briefing_questions(
            paragraphs, page_notes(paragraphs, blocks, publication), resolver
        )
        blocks = handed_turns(paragraphs, blocks, resolver)
    if turns:
        return blocks
    blocks = section_headings(paragraphs, blocks)
    # A quotation opened after "Jane Roe said: “" and closed paragraphs later (`open_quotes`).
    blocks = open_quote_blocks(paragraphs, blocks, resolver)
    # "…,” Ms Roe said." closing a quotation never opened: her first person after it.
    blocks = lost_mark_blocks(paragraphs, blocks, resolver)
    # "'We are …'" on a page printing quotations in straight single marks (`straight_quotes`).
    blocks = straight_quote_blocks(paragraphs, blocks, resolver)
    return data_paragraphs(paragraphs, blocks, publication)


__all__ = [
    "announces",
    "cites",
    "CONNECTORS",
    "HONORIFICS",
    "ORGANISATION_WORDS",
    "ROLE_HEADS",
    "Resolver",
    "Speaker",
    "block_speakers",
    "heading_speaker",
    "intro_speaker",
    "introduced_person",
    "is_quoted",
    "mentions",
    "mentions_official",
    "parse_person",
    "phrase_title",
    "reported_speaker",
    "reports_figures",
    "publishing_body",
    "run_in_speaker",
    "genre_title_speaker",
    "header_speaker",
    "office_title_speaker",
    "statement_title_speaker",
    "trim_title_name",
]
