"""Stories hold threads: the developments of one long-running story, linked across quiet weeks.

Assignment builds threads: an article joins the thread whose recent coverage it fits,
within `window_days` of it, and a thread holds one development (one quake, one
trial, one summit). A story that runs for months or years (a conflict, the aftermath
of a death) falls silent for weeks and comes back with a new development; assignment
then starts a new thread, and without more the story splinters into dozens.

Linking asks a second, slower question of every thread: is it a development of a
story already known, however long ago? Two threads belong to one story when their
text fits without any help from dates (`link_fit`: embedding, idf-weighted words,
shared entities and names) and, when both name people or places, their core names
agree both ways (`link_name_gate`). Time still bounds it (`link_window_days`), but
loosely. Links are recorded like merges (`ThreadLink`), the story keeping the id of
its biggest thread, so every id ever handed out still resolves: to its thread
(`resolve`) and to its story (`story_of`).

Threads serve the event level (ECB+ scores seminal events, one per thread) and
stories the topic level (Timeline17 scores topics), from one assignment. The batch
split (split.py) refines threads inside a story: its parts stay threads of the story
they came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np

from storyline.corpus.stories.candidates import best_scoring, term_frequencies
from storyline.corpus.stories.index import CentroidIndex
from storyline.corpus.stories.records import StoryState, ThreadLink
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import StoryConfig, link_fit

__all__ = ["combined_state", "link_threads", "stories_with_threads", "story_size"]


class _Assigner(Protocol):
    """What linking needs from a StoryAssigner (structural, to avoid an import cycle)."""

    @property
    def repository(self) -> StoryRepository: ...

    @property
    def config(self) -> StoryConfig: ...

    @property
    def index(self) -> CentroidIndex: ...


def story_size(repository: StoryRepository, story_id: str) -> int:
    """Articles in all the threads of the story holding `story_id`."""
    threads = (repository.get_story(t) for t in repository.threads_of(story_id))
    return sum(t.count for t in threads if t is not None)


def _midpoint(story: StoryState) -> dt.date | None:
    start, end = story.start_date, story.end_date
    if start is None or end is None:
        return None
    return start + (end - start) / 2


def link_threads(assigner: _Assigner, thread_ids: Iterable[str] | None = None) -> list[ThreadLink]:
    """Link each thread (all, or `thread_ids`) to the best-fitting other story, if one fits.

    Biggest threads first, so a story forms around its main development and the
    small ones come to it; a thread already in the same story as its best match is
    left alone. Returns the links recorded.
    """
    repo, config = assigner.repository, assigner.config
    if thread_ids is None:
        pool = [s for s in repo.active_stories() if s.count > 0 and s.vector_sum.any()]
    else:
        found = (repo.get_story(repo.resolve(t)) for t in thread_ids)
        pool = [s for s in found if s is not None and s.merged_into is None and s.count > 0]
    links: list[ThreadLink] = []
    with repo.atomic():
        for thread in sorted(pool, key=lambda s: (-s.count, s.key)):
            thread = repo.get_story(thread.id) or thread
            if thread.merged_into is not None or not thread.vector_sum.any():
                continue
            hits = assigner.index.search(
                thread.centroid,
                config.link_candidates,
                _midpoint(thread),
                config.link_window_days,
            )
            others = [
                s
                for key, _ in hits
                if key != thread.key
                and (s := repo.get_story_by_key(key)) is not None
                and s.merged_into is None
            ]
            mine = repo.story_of(thread.id)
            others = [o for o in others if repo.story_of(o.id) != mine]
            if not others:
                continue
            df, docs = term_frequencies(repo, thread, others)
            scored = [(link_fit(config, thread, o, df, docs), o) for o in others]
            best = best_scoring(scored, config.link_threshold)
            if best is None:
                continue
            theirs = repo.story_of(best[1].id)
            if story_size(repo, mine) > story_size(repo, theirs):
                mine, theirs = theirs, mine
            link = ThreadLink(mine, theirs, best[0], repo.next_seq())
            repo.link_thread(link)
            links.append(link)
    return links


def combined_state(story_id: str, threads: Sequence[StoryState]) -> StoryState:
    """One state standing for a story of several threads (for its label and listing).

    Sums and counts add up; the title and central article are the biggest thread's.
    """
    ordered = sorted(threads, key=lambda t: (-t.count, t.key))
    head = ordered[0]
    out = StoryState(
        id=story_id,
        key=head.key,
        vector_sum=np.sum([t.vector_sum for t in ordered], axis=0).astype(np.float32),
        title=head.title,
        central_id=head.central_id,
        central_score=head.central_score,
    )
    for t in ordered:
        out.count += t.count
        out.start = min((d for d in (out.start, t.start) if d), default=None)
        out.end = max((d for d in (out.end, t.end) if d), default=None)
        for into, source in (
            (out.terms, t.terms),
            (out.names, t.names),
            (out.entities, t.entities),
            (out.outlets, t.outlets),
        ):
            for name, weight in source.items():
                into[name] = into.get(name, 0) + weight  # type: ignore[assignment]
    return out


def stories_with_threads(
    repository: StoryRepository,
) -> list[tuple[StoryState, list[StoryState]]]:
    """Every story (a combined state under the story's id) with its threads, biggest first."""
    groups: dict[str, list[StoryState]] = {}
    for thread in repository.active_stories():
        groups.setdefault(repository.story_of(thread.id), []).append(thread)
    out = [
        (combined_state(story_id, threads), sorted(threads, key=lambda t: (-t.count, t.key)))
        for story_id, threads in groups.items()
    ]
    return sorted(out, key=lambda st: (-st[0].count, st[0].end or "", st[0].id))
