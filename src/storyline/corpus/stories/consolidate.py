"""Consolidation: fragments left by online order rejoin the story they belong to.

Online assignment decides when an article arrives. An article that comes before its
story has taken shape (the first report of a development, an odd angle on it) may
start a story of its own, and a few later articles may follow it there. Once the
big story has grown, such a fragment often fits it well. Consolidation asks the join
question again, with the fragment standing in for an article, and merges it into the
best-fitting bigger neighbour. The merge is recorded like any other, so the
fragment's id still resolves and no article moves silently.

A fragment is a story of at most `absorb_min` articles, or at most `absorb_share` of
the neighbour's size: two stories of similar size are never absorbed one into the
other here (that is a merge, judged by the stricter `merge_threshold`). The text
floor under which closeness in time earns nothing is lower than for single joins
(`absorb_text_floor`): a fragment beside a story many times its size, within the
time window, is itself some evidence; so are rare words it shares with the story
(`absorb_word_fit`); but the bar is not so low that unrelated news of the same days
is swallowed (see scoring.py for the measurements).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from storyline.corpus.stories.candidates import best_scoring, term_frequencies
from storyline.corpus.stories.records import MergeRecord, StoryState
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import ArticleEvidence, StoryConfig, fit_parts

__all__ = ["absorb_fragments", "absorption_score", "is_fragment_of"]


class _Assigner(Protocol):
    """What consolidation needs from a StoryAssigner (structural, to avoid an import cycle)."""

    @property
    def repository(self) -> StoryRepository: ...

    @property
    def config(self) -> StoryConfig: ...

    def neighbours(self, story: StoryState) -> list[StoryState]: ...

    def merge(self, source: StoryState, target: StoryState, score: float) -> MergeRecord: ...


def is_fragment_of(config: StoryConfig, small: StoryState, big: StoryState) -> bool:
    """Whether `small` is small enough next to `big` to be absorbed by it."""
    if small.count >= big.count:
        return False
    return small.count <= max(config.absorb_min, config.absorb_share * big.count)


def absorption_score(
    config: StoryConfig,
    fragment: ArticleEvidence,
    story: StoryState,
    df: Mapping[str, int],
    docs: int,
) -> float | None:
    """The join score with its own, lower evidence bar for the date bonus.

    Closeness in time counts once the text fit reaches `absorb_text_floor`, or
    once the fragment shares rare words with the story (`absorb_word_fit`).
    """
    fit = fit_parts(config, fragment, story, df, docs)
    if fit is None:
        return None
    evidence = fit.text >= config.absorb_text_floor or fit.words >= config.absorb_word_fit
    return fit.text + (fit.bonus if evidence else 0.0)


def _as_article(story: StoryState) -> ArticleEvidence:
    count = max(story.count, 1)
    return ArticleEvidence(
        vector=story.centroid,
        terms=story.terms,
        entities=story.entities,
        date=story.start_date,
        names={name: n / count for name, n in story.names.items()},
    )


def absorb_fragments(
    assigner: _Assigner, story_ids: Iterable[str] | None = None
) -> list[MergeRecord]:
    """Absorb the fragments among `story_ids` and their neighbours (all stories if None).

    Smallest first, so that a fragment absorbed into a middling story is counted
    when that story is itself judged.
    """
    repo, config = assigner.repository, assigner.config
    if story_ids is None:
        pool = {s.id: s for s in repo.active_stories()}
    else:
        pool = {}
        for story_id in story_ids:
            story = repo.get_story(repo.resolve(story_id))
            if story is None or story.merged_into is not None:
                continue
            pool[story.id] = story
            for other in assigner.neighbours(story):
                pool.setdefault(other.id, other)
    merges: list[MergeRecord] = []
    for candidate in sorted(pool.values(), key=lambda s: (s.count, s.key)):
        story = repo.get_story(candidate.id)
        if story is None or story.merged_into is not None or not story.vector_sum.any():
            continue
        bigger = [o for o in assigner.neighbours(story) if is_fragment_of(config, story, o)]
        if not bigger:
            continue
        df, docs = term_frequencies(repo, story, bigger)
        evidence = _as_article(story)
        scored = [(absorption_score(config, evidence, o, df, docs), o) for o in bigger]
        best = best_scoring(scored, config.absorb_threshold)
        if best is not None:
            merges.append(assigner.merge(story, best[1], best[0]))
    return merges
