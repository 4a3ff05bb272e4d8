"""What story assignment needs from storage, and an in-memory implementation.

The `StoryRepository` protocol is the one seam between the algorithm and a
database: `storyline cluster` runs on `InMemoryStoryRepository`, stored corpora
on the repository their store gives (`Store.stories()`, a `StoredStoryRepository`:
SQLite and PostgreSQL share `storyline.store.sql_stories`). All pass the same
contract tests.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol, runtime_checkable

import numpy as np

from storyline.corpus.stories.records import (
    Membership,
    MergeRecord,
    StoryState,
    ThreadLink,
    Vector,
)

__all__ = [
    "InMemoryStoryRepository",
    "StoredStoryRepository",
    "StoryRepository",
    "follow_links",
]


@runtime_checkable
class StoryRepository(Protocol):
    """Storage of stories, memberships, merges and corpus term statistics."""

    def atomic(self) -> AbstractContextManager[object]:
        """All writes for one article happen inside one of these (a transaction)."""
        ...

    def next_key(self) -> int: ...

    def next_seq(self) -> int: ...

    def add_story(self, story: StoryState) -> None: ...

    def update_story(self, story: StoryState) -> None: ...

    def get_story(self, story_id: str) -> StoryState | None:
        """The story under exactly this id (merged stories included, not resolved)."""
        ...

    def get_story_by_key(self, key: int) -> StoryState | None: ...

    def get_stories_by_keys(self, keys: Sequence[int]) -> dict[int, StoryState]:
        """The stories under these keys (merged ones included), by key; a key with no story
        is left out. One read for story assignment's ~24 candidates, not one each."""
        ...

    def active_stories(self) -> Iterator[StoryState]:
        """Stories not merged into another, in creation order."""
        ...

    def count_active(self) -> int: ...

    def count_indexed(self) -> int:
        """Active stories with a vector: what a full story index holds (`iter_centroids`).
        A story of pages that are not news only has none, so an index that agrees with the
        store holds fewer stories than `count_active`."""
        ...

    def iter_centroids(self) -> Iterator[tuple[int, str | None, str | None, Vector]]:
        """(key, start, end, centroid) of active stories with a vector: index rebuilds."""
        ...

    def add_member(self, member: Membership) -> None: ...

    def membership(self, article_id: str) -> Membership | None: ...

    def members(self, story_id: str) -> list[Membership]:
        """Members of the story and of every story merged into it, in assignment order."""
        ...

    def article_with_hash(self, content_hash: str) -> str | None: ...

    def record_merge(self, merge: MergeRecord) -> None: ...

    def merges(self) -> list[MergeRecord]: ...

    def resolve(self, story_id: str) -> str:
        """Follow merges to the story that now holds `story_id`'s articles."""
        ...

    def doc_count(self) -> int: ...

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]: ...

    def add_document_terms(self, terms: Iterable[str]) -> None: ...

    def link_thread(self, link: ThreadLink) -> None:
        """Record that `link.thread` (a story root) is now a thread of `link.story`."""
        ...

    def thread_links(self) -> list[ThreadLink]: ...

    def clear_thread_links(self) -> None:
        """Forget every link (a batch re-clustering recomputes them)."""
        ...

    def story_of(self, thread_id: str) -> str:
        """The story holding a thread: merges resolved, then links followed to their root."""
        ...

    def threads_of(self, story_id: str) -> list[str]:
        """The active threads of the story holding `story_id`, in creation order."""
        ...


class StoredStoryRepository(StoryRepository, Protocol):
    """A repository in a database, which can also take a whole new partition at once."""

    def apply_recluster(
        self,
        stories: list[StoryState],
        members: list[Membership],
        retired: dict[str, tuple[str, float]],
        df: dict[str, int],
        docs: int,
        links: list[ThreadLink] | None = None,
    ) -> int:
        """Replace the partition in one transaction; returns how many articles moved."""
        ...


def follow_links(
    start: str, resolve: Callable[[str], str], link_of: Callable[[str], str | None]
) -> str:
    """Merges resolved, then links followed, until a thread that is a story of its own."""
    seen: set[str] = set()
    current = resolve(start)
    while current not in seen:
        seen.add(current)
        target = link_of(current)
        if target is None:
            return current
        current = resolve(target)
    return current


class InMemoryStoryRepository:
    """Dictionaries; for `storyline cluster` (no database) and for tests."""

    def __init__(self) -> None:
        self._stories: dict[str, StoryState] = {}
        self._by_key: dict[int, str] = {}
        self._members: dict[str, Membership] = {}
        self._story_members: dict[str, list[str]] = {}
        self._hashes: dict[str, str] = {}
        self._merges: list[MergeRecord] = []
        self._df: dict[str, int] = {}
        self._links: dict[str, ThreadLink] = {}
        self._docs = 0
        self._key = 0
        self._seq = 0

    def atomic(self) -> AbstractContextManager[object]:
        return nullcontext()

    def next_key(self) -> int:
        self._key += 1
        return self._key

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def add_story(self, story: StoryState) -> None:
        self._stories[story.id] = copy.deepcopy(story)
        self._by_key[story.key] = story.id
        self._story_members.setdefault(story.id, [])

    def update_story(self, story: StoryState) -> None:
        self._stories[story.id] = copy.deepcopy(story)

    def get_story(self, story_id: str) -> StoryState | None:
        found = self._stories.get(story_id)
        return copy.deepcopy(found) if found else None

    def get_story_by_key(self, key: int) -> StoryState | None:
        story_id = self._by_key.get(key)
        return self.get_story(story_id) if story_id else None

    def get_stories_by_keys(self, keys: Sequence[int]) -> dict[int, StoryState]:
        found = ((key, self.get_story_by_key(key)) for key in keys)
        return {key: story for key, story in found if story is not None}

    def active_stories(self) -> Iterator[StoryState]:
        for story in list(self._stories.values()):
            if story.merged_into is None:
                yield copy.deepcopy(story)

    def count_active(self) -> int:
        return sum(1 for s in self._stories.values() if s.merged_into is None)

    def count_indexed(self) -> int:
        return sum(
            1 for s in self._stories.values() if s.merged_into is None and np.any(s.vector_sum)
        )

    def iter_centroids(self) -> Iterator[tuple[int, str | None, str | None, Vector]]:
        for s in list(self._stories.values()):
            if s.merged_into is None and np.any(s.vector_sum):
                yield s.key, s.start, s.end, s.centroid

    def add_member(self, member: Membership) -> None:
        self._members[member.article_id] = member
        self._story_members.setdefault(member.story_id, []).append(member.article_id)
        if member.content_hash:
            self._hashes.setdefault(member.content_hash, member.article_id)

    def membership(self, article_id: str) -> Membership | None:
        return self._members.get(article_id)

    def members(self, story_id: str) -> list[Membership]:
        ids = [s for s in self._stories if self.resolve(s) == story_id]
        found = [self._members[a] for s in ids for a in self._story_members.get(s, [])]
        return sorted(found, key=lambda m: m.seq)

    def article_with_hash(self, content_hash: str) -> str | None:
        return self._hashes.get(content_hash)

    def record_merge(self, merge: MergeRecord) -> None:
        self._merges.append(merge)
        source = self._stories[merge.source]
        source.merged_into = merge.target
        # as the SQL stores do (issue 19): the target holds the merged maps now
        source.terms, source.entities, source.outlets, source.names = {}, {}, {}, {}

    def merges(self) -> list[MergeRecord]:
        return list(self._merges)

    def resolve(self, story_id: str) -> str:
        seen: set[str] = set()
        current = story_id
        while current not in seen:
            seen.add(current)
            story = self._stories.get(current)
            if story is None or story.merged_into is None:
                return current
            current = story.merged_into
        return current

    def doc_count(self) -> int:
        return self._docs

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return {t: self._df.get(t, 0) for t in terms}

    def add_document_terms(self, terms: Iterable[str]) -> None:
        self._docs += 1
        for term in set(terms):
            self._df[term] = self._df.get(term, 0) + 1

    def link_thread(self, link: ThreadLink) -> None:
        self._links[link.thread] = link

    def thread_links(self) -> list[ThreadLink]:
        return sorted(self._links.values(), key=lambda link: link.seq)

    def clear_thread_links(self) -> None:
        self._links.clear()

    def story_of(self, thread_id: str) -> str:
        return follow_links(thread_id, self.resolve, self._link_target)

    def _link_target(self, thread_id: str) -> str | None:
        link = self._links.get(thread_id)
        return link.story if link else None

    def threads_of(self, story_id: str) -> list[str]:
        root = self.story_of(story_id)
        active = sorted(
            (s for s in self._stories.values() if s.merged_into is None), key=lambda s: s.key
        )
        return [s.id for s in active if self.story_of(s.id) == root]

    @property
    def df(self) -> Mapping[str, int]:
        return self._df
