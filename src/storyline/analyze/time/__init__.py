"""Temporal tagging: TIMEX3 expressions anchored on the publication date, and sentence dates.

Rules over the raw text in the spirit of HeidelTime: recognition
(patterns), normalisation (dates, amounts) and anchoring (anchor, tense).
"""

from storyline.analyze.time.stage import TimeStage, sentence_dates
from storyline.analyze.time.tagger import tag_timexes

__all__ = ["TimeStage", "sentence_dates", "tag_timexes"]
