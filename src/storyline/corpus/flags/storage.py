"""What cross-checking keeps between runs: the `ReviewStore` protocol.

A story's review (ledger groups, member list, small state) is cached so that
one more article recomputes only the groups it touches. Payloads are opaque
JSON strings made by `storyline.corpus.ledger.codec` and `review`; a backend
stores them in three plain tables and never reads inside them (the SQLite
one is `storyline.store.sqlite_review.SQLiteReviewStore`; a PostgreSQL one
needs the same five queries).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from storyline.model import Flag

__all__ = ["ArticleHead", "GroupRow", "ReviewStore"]


@dataclass(frozen=True, slots=True)
class ArticleHead:
    """What a flag listing shows of an article, read without its text or annotations."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    duplicate_of: str | None
    flags: tuple[Flag, ...]


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One cached group: the names its points mention, its items and its outcome (JSON)."""

    key: str
    names: str
    items: str
    outcome: str


@runtime_checkable
class ReviewStore(Protocol):
    """Cached story reviews."""

    def review_state(self, story_id: str) -> tuple[str, str] | None:
        """(version, state JSON) of the story's cached review, or None."""
        ...

    def review_members(self, story_id: str) -> set[str]:
        """Ids of the articles the cached review includes."""
        ...

    def review_group_names(self, story_id: str) -> dict[str, str]:
        """Group key -> names JSON, for every cached group of the story."""
        ...

    def review_groups(
        self, story_id: str, keys: Collection[str] | None = None, *, items: bool = True
    ) -> list[GroupRow]:
        """Cached groups (all, or those with these keys); `items=False` leaves items empty."""
        ...

    def save_review(
        self,
        story_id: str,
        *,
        version: str,
        state: str,
        members: Collection[str],
        groups: Mapping[str, GroupRow],
        replace: bool,
    ) -> None:
        """Write in one transaction: the state, new members, and the groups given.

        `replace` drops what was cached for the story first (a rebuild).
        """
        ...

    def drop_review(self, story_id: str) -> None: ...

    def article_heads(self, article_ids: Sequence[str] | None = None) -> Iterator[ArticleHead]:
        """Heads of these articles (all, by date, when None) with their stored flags."""
        ...
