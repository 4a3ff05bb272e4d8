"""Which of a story's articles its developments may come from: those about the story.

Clustering may join an article that shares little with the story's core (a rally in
another country filed the same week by the same outlet). Its sentences are true but of
another story, and as the newest article it would lead the brief. An article is such an
outlier when its lead (the first `LEAD_SENTENCES` sentences) names many places, peoples or
people that most of the story's articles do not write, and at most one that they do
(`story_names`' main names): `MIN_OTHER_NAMES` others beside one of those, `MIN_OTHER_ALONE`
beside none: a rally in another country's capital, or a page of an outlet's digest ("the
five most popular stories": a burial, a TV show, a match) that names the story's country
once in passing. Stories of fewer than `JUDGED_AT` articles are
not judged: what "most" write is no evidence there. The story's membership is unchanged;
only what its brief picks as developments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from storyline.corpus.ledger.keys import location_key
from storyline.corpus.ledger.state import JUDGED_AT, story_names
from storyline.model import Article

__all__ = ["LEAD_SENTENCES", "MIN_OTHER_ALONE", "MIN_OTHER_NAMES", "central_articles"]

LEAD_SENTENCES = 5
MIN_OTHER_NAMES = 6
"""Fewer other names in a lead are no evidence it is about something else: "A Velm City
school principal died of the fever ... the city's first death" names the city, its
officials and its school, and is the story's newest news (reading17's six stories: the
outliers' leads name 6 to 10 other names, the central articles' at most 5 with one main
name)."""
MIN_OTHER_ALONE = 4
"""The same when the lead names none of the story's main names: "A court in Kell
sentenced ..." in a story of a war elsewhere (own sample, seed 1818: 5 other names, none of
the story's; every central lead there names two or more of them)."""

_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})
"""Not organisations: an outlet most of a story's articles name ("CNN") says nothing of
what an article is about."""


def _names(article: Article, end: int | None = None) -> set[str]:
    return {
        location_key(e.canonical or e.text)
        for e in article.entities
        if e.label in _LABELS and (end is None or e.start < end)
    } - {""}


def central_articles(pool: Sequence[Article]) -> list[Article]:
    """The articles of `pool` that are not outliers (module doc); all of them when none is
    left or the story is too small to judge."""
    if len(pool) < JUDGED_AT:
        return list(pool)
    main = story_names(Counter(n for a in pool for n in _names(a)), len(pool)).main
    if not main:
        return list(pool)
    kept = [a for a in pool if not _outlier(a, main)]
    return kept or list(pool)


def _outlier(article: Article, main: frozenset[str]) -> bool:
    if not article.sentences:
        return False
    end = article.sentences[min(LEAD_SENTENCES, len(article.sentences)) - 1].end
    lead = _names(article, end)
    shared = len(lead & main)
    other = len(lead - main)
    return (shared == 0 and other >= MIN_OTHER_ALONE) or (shared == 1 and other >= MIN_OTHER_NAMES)
