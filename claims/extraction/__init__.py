"""The claim-extraction assistant: check-worthy statements proposed from a
source text, with span, speaker and date, and repeats of known claims."""

from claims.extraction.suggest import Candidate, suggest_claims

__all__ = ["Candidate", "suggest_claims"]
