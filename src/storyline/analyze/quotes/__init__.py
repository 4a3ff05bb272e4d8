"""Direct and indirect speech with resolved speakers (the "quotes" stage)."""

from storyline.analyze.quotes.attribution import Attribution, attributions_in
from storyline.analyze.quotes.cues import CUE_FORMS, cue_lemma
from storyline.analyze.quotes.marks import MAX_QUOTE_CHARS, QuoteMark, find_quoted
from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.analyze.quotes.stage import QuoteStage, extract_quotes

__all__ = [
    "CUE_FORMS",
    "MAX_QUOTE_CHARS",
    "Attribution",
    "QuoteMark",
    "QuoteStage",
    "SpeakerResolver",
    "attributions_in",
    "cue_lemma",
    "extract_quotes",
    "find_quoted",
]
