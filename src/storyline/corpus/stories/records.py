"""The records of story assignment: a story's running state, memberships, merges, links.

A story keeps sums rather than means (vector sum, term weights, counts) so that
adding an article is O(size of one article), whatever the size of the story.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

__all__ = ["Assignment", "Membership", "MergeRecord", "StoryState", "ThreadLink"]

Vector = npt.NDArray[np.float32]


@dataclass
class StoryState:
    """A story as the assigner sees it; `id` never changes, `key` is its ANN index key."""

    id: str
    key: int
    vector_sum: Vector
    count: int = 0
    start: str | None = None
    end: str | None = None
    terms: dict[str, float] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    """How many member articles write each name (see terms.article_names)."""
    outlets: dict[str, int] = field(default_factory=dict)
    title: str = ""
    central_id: str | None = None
    central_score: float = -1.0
    merged_into: str | None = None

    @property
    def centroid(self) -> Vector:
        norm = float(np.linalg.norm(self.vector_sum))
        if norm == 0.0:
            return self.vector_sum.astype(np.float32)
        return (self.vector_sum / norm).astype(np.float32)

    @property
    def start_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.start) if self.start else None

    @property
    def end_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.end) if self.end else None


@dataclass(frozen=True, slots=True)
class Membership:
    """One article's place in a story, as given when it was assigned (never rewritten)."""

    article_id: str
    story_id: str
    seq: int
    score: float | None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    content_hash: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """Story `source` was found to be the same as `target`; `source` now resolves to it."""

    source: str
    target: str
    score: float
    seq: int


@dataclass(frozen=True, slots=True)
class ThreadLink:
    """Thread `thread` is a development of the story `story` (a thread id standing for it).

    Threads are what assignment builds (one development, an event); a story holds the
    threads linked to it, so a long-running story keeps together across quiet weeks
    while each development stays apart (threads.py). Recorded, never rewritten
    outside a batch re-clustering.
    """

    thread: str
    story: str
    score: float
    seq: int


@dataclass(frozen=True, slots=True)
class Assignment:
    """The answer for one article: its story (resolved), how sure, and anything notable."""

    article_id: str
    story_id: str
    score: float | None
    created: bool
    flags: tuple[str, ...] = ()
    message: str | None = None
