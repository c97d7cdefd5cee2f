"""A quotation over several paragraphs whose speaker is named only where it closes."""

from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.statements import open_quotation_runs


def closing_speakers(every: list, resolver: Resolver) -> dict[int, Speaker]:
    """For the paragraphs of a quotation over several paragraphs, the speaker named
    where it closes ("“The figures … / “We will …,” said Jane Roe.")."""
    texts = [p.text if p.kind in ("prose", "bullet") else "" for p in every]
    result = {}
    for first, last in open_quotation_runs(texts):
        speaker = reported_speaker(texts[last], resolver)
        if speaker is not None:
            result.update({every[i].index: speaker for i in range(first, last)})
    return result
