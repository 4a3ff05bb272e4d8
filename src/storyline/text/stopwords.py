"""Words too common to tell texts apart (function words, reporting verbs, calendar and web
words): left out of the lexical evidence of stories and of what a line shares with the text
under it."""

from __future__ import annotations

__all__ = ["STOPWORDS"]

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours ourselves out over own same she should so some such
    than that the their theirs them themselves then there these they this those through
    to too under until up very was we were what when where which while who whom why will
    with would you your yours yourself said says say told tell one two three new also
    like last first year years day days week weeks month months time times people many
    much may might must still even well back get got make made since around according
    per cent percent mr mrs ms dr lrb rrb lsb rsb http https www com html htm org net co
    uk news monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Generic English function words and news boilerplate; never tuned to a corpus."""
