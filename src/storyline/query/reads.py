"""What page queries need from storage beyond the `Store` protocol: indexed, bounded reads.

A page must answer in tens of milliseconds over a hundred thousand articles, so it
never loads whole articles to count or list them: these reads select the columns a
page shows, through indexes, and return model annotations with the article they
sit in. `storyline.store.sqlite_pages.SQLitePageReads` implements them for SQLite;
another backend implements the same protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from storyline.model import Article, Claim, Flag, Quote
from storyline.query.records import (
    ArticleRef,
    ArticleSummary,
    DayCount,
    OutletCount,
    VersionView,
)

__all__ = ["ArticleWhere", "Cursor", "FlagWhere", "PageReads", "SearchRow"]

Cursor = tuple[str | None, int]
"""Where a listing stopped: the last row's publication date (None: undated) and row number."""


@dataclass(frozen=True, slots=True)
class ArticleWhere:
    """Filters of an article listing; dates are inclusive days (YYYY-MM-DD)."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class FlagWhere:
    code: str | None = None
    severity: str | None = None
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class SearchRow:
    """A match: the article, an excerpt of its text (starting at `offset`, in a text of
    `length` characters) around the first occurrence of the word asked for, and its bm25
    score (higher is better)."""

    article: ArticleRef
    excerpt: str
    offset: int
    length: int
    score: float


class PageReads(Protocol):
    """Reads behind the pages; story ids given here are already resolved (not merged)."""

    def latest_day(self) -> str | None:
        """The publication day of the newest dated article."""
        ...

    def day_counts(self, since: str) -> list[DayCount]:
        """Articles per publication day from `since` on."""
        ...

    def outlet_counts(self, since: str, limit: int) -> list[OutletCount]: ...

    def stories_ending_since(self, since: str, limit: int) -> list[str]:
        """Ids of active stories whose last article is on or after `since`, largest first."""
        ...

    def stories_by_size(self, offset: int, limit: int) -> list[str]: ...

    def count_stories(self) -> int: ...

    def story_volume(self, story_id: str) -> list[DayCount]: ...

    def story_version(self, story_id: str) -> str:
        """Changes whenever an article joins, leaves or is re-analysed in the story."""
        ...

    def story_articles(self, story_id: str, limit: int) -> tuple[list[ArticleSummary], int]:
        """Up to `limit` of the story's articles by date, and how many it has in all (its
        related pages, `story_related`, are not among them)."""
        ...

    def story_related(self, story_id: str) -> list[ArticleSummary]:
        """The story's related pages by date: pages that are not news (a gallery, an index
        of its pages, a form) placed with it, shown apart and counted in none of the above."""
        ...

    def story_timeline_articles(self, story_id: str) -> list[Article]:
        """The story's articles by date with what a timeline reads (text, dates, sentences,
        timexes) and none of their other annotations, which are most of their weight."""
        ...

    def story_outlets(self, story_id: str) -> list[OutletCount]: ...

    def story_claims(self, story_id: str) -> list[tuple[ArticleRef, int, Claim]]:
        """(article, index in the article, claim) for every claim in the story's articles."""
        ...

    def story_quotes(self, story_id: str) -> list[tuple[ArticleRef, Quote]]: ...

    def story_flags(self, story_id: str) -> list[tuple[ArticleRef, Flag]]: ...

    def article_page(
        self, where: ArticleWhere, after: Cursor | None, limit: int
    ) -> list[tuple[ArticleSummary, Cursor]]:
        """A page of articles newest first, undated last, each with its own cursor."""
        ...

    def search(
        self,
        words: str,
        where: ArticleWhere,
        limit: int,
        candidates: int,
        near: str,
        count_cap: int | None = None,
    ) -> tuple[list[SearchRow], int, bool]:
        """The best `limit` matches by bm25 among the `candidates` most recently stored
        matches that pass the filters, each with an excerpt around the first `near` in
        its text; also how many articles match the words (before filters; with a
        `count_cap`, counted up to `count_cap` + 1: more than the cap is all it says) and
        whether there were more candidates than were ranked."""
        ...

    def article_ref(self, article_id: str) -> ArticleRef | None: ...

    def article_versions(self, article_id: str) -> list[VersionView]:
        """Every version of the article, oldest first, the current one last."""
        ...

    def story_of(self, article_id: str) -> str | None:
        """The story the article was assigned to (not resolved through merges)."""
        ...

    def speaker_quotes(self, names: Sequence[str], limit: int) -> list[tuple[ArticleRef, Quote]]:
        """Quotes whose speaker is one of `names` (canonical name or words as written), newest
        first: statements only (`Quote.stated`), so the limit counts what a reader is shown."""
        ...

    def mention_days(self, names: Sequence[str]) -> list[DayCount]:
        """Mentions of an entity (by its names) per publication day."""
        ...

    def mention_stories(self, names: Sequence[str], limit: int) -> list[tuple[str, int]]:
        """(story id as assigned, articles mentioning the names), most first."""
        ...

    def flags(self, where: FlagWhere, offset: int, limit: int) -> list[tuple[ArticleRef, Flag]]: ...

    def story_member_ids(self, story_id: str) -> set[str]:
        """The ids of a story's articles (those of stories merged into it too): what a
        check compares with the members a cached review knows, without the memberships'
        other columns (`storyline warm` checks every story)."""
        ...

    def cached(self, key: str, version: str) -> str | None:
        """A payload stored under `key` for exactly this version, else None."""
        ...

    def has_cached(self, key: str, version: str) -> bool:
        """Whether a payload is stored under `key` for exactly this version: a check that
        does not read the payload (a story's parts are tens of kB; `storyline warm`
        checks every story)."""
        ...

    def store_cached(self, key: str, version: str, payload: str) -> None: ...
