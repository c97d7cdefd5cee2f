"""The claim-extraction assistant: check-worthy statements proposed from a
source text, with span, speaker and date, and repeats of known claims.

The core (text, numbers, dates, attribution, features, suggest, matching,
evaluate) is plain Python with no Django import; the edge (repeats, drafts,
admin_views, urls, the suggest_claims command) connects it to the database and
the admin."""

from extraction.suggest import Candidate, suggest_claims

__all__ = ["Candidate", "suggest_claims"]
