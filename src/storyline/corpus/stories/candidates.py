"""Candidate stories for an article or a story: found by centroid, scored by fit.

Assignment (assign.py) asks two questions of the stories near an article or a
story: which one it fits best, above the join threshold (`best_story`), and which
neighbour a grown story fits as one, above the merge threshold (`merge_partner`).
Both look up the candidates in the centroid index within the time window, read
their stored state, and score each with scoring.py; the deciding stays with the
assigner, which acts on the answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.corpus.stories.index import CentroidIndex
from storyline.corpus.stories.records import StoryState
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import (
    ArticleEvidence,
    StoryConfig,
    fit_score,
    story_similarity,
)

__all__ = [
    "best_scoring",
    "best_story",
    "merge_partner",
    "nearest_stories",
    "term_frequencies",
]


def nearest_stories(
    repo: StoryRepository,
    index: CentroidIndex,
    config: StoryConfig,
    story: StoryState,
    count: int = 8,
) -> list[StoryState]:
    """The active stories whose centroids are nearest `story`'s, within the time window."""
    hits = index.search(story.centroid, count, story.end_date, config.window_days)
    found = repo.get_stories_by_keys([key for key, _ in hits if key != story.key])
    return [
        s for key, _ in hits if key != story.key and (s := found.get(key)) and s.merged_into is None
    ]


def term_frequencies(
    repo: StoryRepository, story: StoryState, others: Iterable[StoryState]
) -> tuple[dict[str, int], int]:
    """The document frequency of every word and name of `story` and `others`, and the
    number of documents: what scoring one story against others weighs their words by,
    read in one query."""
    terms = set(story.terms) | story.names.keys()
    for other in others:
        terms |= other.terms.keys() | other.names.keys()
    return repo.document_frequencies(terms), repo.doc_count()


def best_scoring(
    scored: Iterable[tuple[float | None, StoryState]], threshold: float
) -> tuple[float, StoryState] | None:
    """The story of `scored` (score, story) pairs scoring highest at `threshold` or above
    (the first of equals), with its score; None when none reaches it (or has a score)."""
    best: tuple[float, StoryState] | None = None
    for score, other in scored:
        if score is None or score < threshold:
            continue
        if best is None or score > best[0]:
            best = (score, other)
    return best


def best_story(
    repo: StoryRepository,
    index: CentroidIndex,
    config: StoryConfig,
    evidence: ArticleEvidence,
) -> tuple[StoryState | None, float | None]:
    """The story the article of `evidence` fits best at the join threshold, with its fit
    score; (None, None) when none fits."""
    hits = index.search(evidence.vector, config.candidates, evidence.date, config.window_days)
    found = repo.get_stories_by_keys([key for key, _ in hits])
    stories = [s for key, _ in hits if (s := found.get(key)) is not None]
    terms = set(evidence.terms)
    for story in stories:
        terms |= story.terms.keys()
    df = repo.document_frequencies(terms)
    docs = repo.doc_count()
    active = [story for story in stories if story.merged_into is None]
    scored = [(fit_score(config, evidence, story, df, docs), story) for story in active]
    best = best_scoring(scored, config.threshold)
    return (None, None) if best is None else (best[1], best[0])


def merge_partner(
    repo: StoryRepository,
    index: CentroidIndex,
    config: StoryConfig,
    story: StoryState,
) -> tuple[float, StoryState] | None:
    """The neighbour `story` fits best as one story, at the merge threshold, with the
    similarity; None when none does."""
    others = nearest_stories(repo, index, config, story, 4)
    if not others:
        return None
    df, docs = term_frequencies(repo, story, others)
    scored = [(story_similarity(config, story, other, df, docs), other) for other in others]
    return best_scoring(scored, config.merge_threshold)
