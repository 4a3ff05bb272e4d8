"""The storage contract every backend (SQLite, PostgreSQL) implements.

The protocol speaks only in model records and plain values, so the same
contract test suite (tests/store/test_contract.py) runs against every backend.
Writes of one article and all its annotations are a single transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from storyline.model import Article, ArticleVersion, Entity, EntityMention, FeedState

if TYPE_CHECKING:
    from storyline.corpus.flags.storage import ReviewStore
    from storyline.corpus.stories.index import StoryIndex
    from storyline.corpus.stories.repository import StoredStoryRepository
    from storyline.query.reads import PageReads

__all__ = ["ArticleFilter", "SearchHit", "Store", "StoreStats", "StoredContent", "Tokens"]


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles a listing or search covers; None means unrestricted."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    include_duplicates: bool = True
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    duplicates: int
    undated: int
    outlets: tuple[tuple[str, int], ...]
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class StoredContent:
    """What ingest needs to know of a stored article to tell an update from a repeat."""

    content_hash: str
    version: int
    flags: frozenset[str]
    """The codes of the article's flags (a teaser is one)."""


class Tokens(Protocol):
    """API tokens of one database, kept as digests only."""

    def any(self) -> bool: ...

    def issue(self, *, replace: bool = False) -> str:
        """A new token (returned once); `replace` revokes every earlier one."""
        ...

    def valid(self, token: str) -> bool: ...


class Store(Protocol):
    """Persistence for articles, annotations, entities and feed state.

    A store also hands out the repositories that share its connection and
    transactions (stories, cached reviews, page reads, API tokens), so code above
    it never names a backend: `storyline.store.open_store` is the one place that does.
    """

    location: str
    """The path or URL it was opened from, for messages (a URL without its password)."""

    def close(self) -> None: ...

    # repositories over the same database ------------------------------------
    def stories(self) -> StoredStoryRepository:
        """Stories, memberships, merges and term statistics (corpus.stories)."""
        ...

    def reviews(self) -> ReviewStore:
        """Cached story reviews (corpus.flags)."""
        ...

    def page_reads(self) -> PageReads:
        """Indexed, bounded reads for pages (query); StorageError where not available."""
        ...

    def tokens(self) -> Tokens:
        """API tokens (digests only)."""
        ...

    def story_index_path(self) -> Path | None:
        """Where the story ANN index is cached as a file; None: not a file."""
        ...

    def story_index(self, dim: int) -> StoryIndex:
        """The story ANN index over this store's stories, not yet loaded: a usearch file
        beside a SQLite database; a pgvector HNSW table in PostgreSQL where the
        extension is present, else usearch rebuilt in memory."""
        ...

    def own_files(self) -> list[Path]:
        """Files of the store itself, never to be read as input (none for a server)."""
        ...

    # articles ------------------------------------------------------------
    def put_article(
        self, article: Article, *, signature: bytes | None = None, bands: Sequence[int] = ()
    ) -> bool:
        """Insert or replace an article with all its annotations, atomically.

        Returns True when the article is new. Replacing keeps the article's
        identity and rewrites its annotations (re-analysis). `bands` are the LSH
        band keys of `signature`, kept (in the same transaction) for an original
        (no `duplicate_of`) so `near_duplicate_candidates` finds it.
        """
        ...

    def update_article(self, article: Article, *, signature: bytes | None = None) -> int:
        """Store a changed article as its next version, keeping the one it replaces.

        All-or-nothing: the replaced version (text, claims, flags, time seen, diff)
        is kept, the article and its annotations become the new version's, its story
        membership stays. Returns the new version number; KeyError if not stored.
        """
        ...

    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        """Every version of an article, oldest first, the current one last (current=True).

        Each carries the claims and flags read in it, so the claim ledger can place
        each version's figures at the time that version was seen.
        """
        ...

    def iter_superseded_versions(self) -> Iterator[ArticleVersion]:
        """Every replaced (non-current) version of every article, with its claims."""
        ...

    def stored_content(self, article_id: str) -> StoredContent | None:
        """Hash, version and flag codes of a stored article; None when not stored."""
        ...

    def embedding_model(self) -> int:
        """The embedding model (analyze.embed_graph.GRAPHS) of the stored vectors; 0: none
        recorded (an empty store, or one written before stores recorded it)."""
        ...

    def set_embedding_model(self, code: int) -> None:
        """Record that every stored vector the stories use comes from model `code`."""
        ...

    def has_embeddings(self) -> bool:
        """Whether any stored article has a vector."""
        ...

    def count_unassigned(self) -> int:
        """Stored originals (not duplicates) that no story holds yet (an interrupted ingest)."""
        ...

    def unassigned_ids(self) -> list[str]:
        """Ids of the originals no story holds yet, oldest first (undated last)."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]: ...

    def ids_with_prefix(self, prefix: str, *, limit: int = 2) -> list[str]:
        """Up to `limit` article ids starting with `prefix` (to resolve shortened ids)."""
        ...

    def find_by_content_hash(self, content_hash: str) -> str | None:
        """The id of the first stored article with this exact clean text."""
        ...

    def iter_articles(self, where: ArticleFilter = ArticleFilter()) -> Iterator[Article]: ...

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every original (non-duplicate) article."""
        ...

    def near_duplicate_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """(id, signature) of the stored originals sharing a band key with `bands`, in the
        order they were stored: near-duplicate candidates, for the caller to confirm."""
        ...

    def signature_bands_ready(self) -> bool:
        """Whether every stored original's band keys are kept (False: a store written
        before they were, until `fill_signature_bands`)."""
        ...

    def fill_signature_bands(self, bands_of: Callable[[bytes], Sequence[int]]) -> int:
        """Keep the band keys (`bands_of(signature)`) of every stored original, a page at a
        time, and mark them complete; returns how many originals were read. A signature
        `bands_of` rejects (ValueError) is skipped."""
        ...

    def iter_entity_mentions(self) -> Iterator[EntityMention]:
        """Every stored entity mention, in `iter_articles` order, without loading articles.

        What the corpus-level entity list is rebuilt from when it is stale: reading
        whole articles (text and every annotation) for it would grow with the store.
        """
        ...

    def count_articles(self) -> int: ...

    def stats(self) -> StoreStats: ...

    def search(self, query: str, where: ArticleFilter = ArticleFilter()) -> list[SearchHit]: ...

    # corpus-level ----------------------------------------------------------
    def mentions_version(self) -> int:
        """A number that goes up with every write that changes entity mentions."""
        ...

    def entities_stale(self) -> bool:
        """Whether mentions changed since the entity list was built.

        The list is rebuilt when it is read, not after each ingest: a rebuild reads
        every mention, which after each small ingest into a large store would cost
        more than the ingest.
        """
        ...

    def replace_entities(self, entities: Sequence[Entity], *, version: int | None = None) -> None:
        """Store the entity list, built from the mentions as of `version` (default: now).

        A list built from an older version than the store now has stays stale.
        """
        ...

    def list_entities(
        self, *, type: str | None = None, limit: int | None = None
    ) -> list[Entity]: ...

    def find_entity(self, name: str) -> Entity | None:
        """An entity by canonical name or any alias (case-insensitive)."""
        ...

    # feeds -----------------------------------------------------------------
    def get_feed(self, url: str) -> FeedState | None: ...

    def put_feed(self, feed: FeedState) -> None: ...
