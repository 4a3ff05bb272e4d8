"""The embedded default backend: one SQLite file, WAL, foreign keys, FTS5 search."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import StorageError
from storyline.store.base import ArticleFilter, SearchHit
from storyline.store.migrate import apply_migrations
from storyline.store.sql import SEARCH_CANDIDATES, SqlConnection, search_hits
from storyline.store.sql_articles import SqlArticleStore

if TYPE_CHECKING:
    from storyline.corpus.stories.index import StoryIndex
    from storyline.model import Article
    from storyline.query.reads import PageReads

__all__ = ["INDEXED_CHARS_PER_MERGE_PAGE", "PAGE_SIZE", "RELEASE_PAGES_PER_CLOSE", "SQLiteStore"]

_OPEN_ATTEMPTS = 5
_INCREMENTAL = 2
"""PRAGMA auto_vacuum's value for incremental mode."""

PAGE_SIZE = 2048
"""Page size of a new store, in bytes (issue 19, a smaller database; SQLite's default is
4096). Every table and index takes a page at least, and a B-tree's pages are part empty
after splits, so half-size pages leave half as much unused: a 150-article Timeline17
ingest took 4% less file for the same rows (vacuumed 3.76 -> 3.59 MB), its searches and
text reads as fast within the noise. A store made before keeps its page size (SQLite
changes it only by rewriting the whole file with VACUUM)."""

RELEASE_PAGES_PER_CLOSE = 25_600
"""Free pages a close gives back at most (50 MB of 2 kB pages, 100 MB of 4 kB ones: well
under a second)."""

INDEXED_CHARS_PER_MERGE_PAGE = 500
"""Characters of title and text indexed per page of search-index merging a close does:
FTS5 writes about 0.6 bytes of index a character in 1,000-byte leaves, so about three
times what the session wrote (see _merge_search_index)."""


class SQLiteStore(SqlArticleStore):
    """A `Store` over one SQLite file. Safe to open many times; migrations run on open."""

    conn: sqlite3.Connection
    dialect = "sqlite"
    _analyses: bool | None = None
    """Whether the file has `article_analyses` (0603); looked up at the first write."""
    _indexed_chars = 0
    """Characters of title and text this connection gave the search index since its last
    merge (put_article, update_article)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.location = str(path)
        if self.path.parent and not self.path.parent.exists():
            raise StorageError(f"folder {self.path.parent} does not exist")
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                self.conn = self._connect()
                break
            except sqlite3.OperationalError as exc:
                # a new file opened by several processes at once: SQLite answers "locked"
                # at once, without waiting, to one that meets another's WAL recovery
                if "locked" not in str(exc) or attempt + 1 == _OPEN_ATTEMPTS:
                    raise StorageError(
                        f"{self.path}: not a usable storyline database ({exc})"
                    ) from None
                time.sleep(0.1 * (attempt + 1))
            except sqlite3.DatabaseError as exc:
                raise StorageError(
                    f"{self.path}: not a usable storyline database ({exc})"
                ) from None

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            # the busy timeout first: a second process opening a new file at once waits
            # for the first one's switch to WAL and its migrations instead of failing
            conn.execute("PRAGMA busy_timeout=10000")
            # a new file only (ignored once a table exists): smaller pages (PAGE_SIZE),
            # and pages freed by rewrites handed back to the file system on close
            conn.execute(f"PRAGMA page_size={PAGE_SIZE:d}")
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            apply_migrations(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def put_article(
        self, article: Article, *, signature: bytes | None = None, bands: Sequence[int] = ()
    ) -> bool:
        new = super().put_article(article, signature=signature, bands=bands)
        self._indexed_chars += len(article.text) + len(article.title or "")
        return new

    def update_article(self, article: Article, *, signature: bytes | None = None) -> int:
        version = super().update_article(article, signature=signature)
        self._indexed_chars += len(article.text) + len(article.title or "")
        return version

    def close(self) -> None:
        merged = self._merge_search_index()
        self._release_free_pages(every=merged)
        self.conn.close()

    def _merge_search_index(self) -> bool:
        """Merge the full-text index's segments, a bounded amount, after a session that
        wrote articles; True when it did (issue 19, a smaller database).

        FTS5 writes each transaction's terms as a new segment and merges segments only
        four of a level at a time, so an ingest of one article per transaction left the
        same term's entries in many segments: 0.60 MB of index for 150 Timeline17 articles
        where a merged one takes 0.53 MB. The merge ('merge' with a negative page count:
        every segment, whatever its level) does about three times the pages the session
        wrote, so its cost follows the ingest's size, not the store's; a large store's
        merge goes on where the last close left it. Searches read the same rows either
        way. Never waits for a lock nor fails the close."""
        chars, self._indexed_chars = self._indexed_chars, 0
        if not chars:
            return False
        pages = max(16, chars // INDEXED_CHARS_PER_MERGE_PAGE)
        try:
            if self.conn.in_transaction:
                return False
            self.conn.execute("PRAGMA busy_timeout=0")
            self.conn.execute(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ?)", (-pages,)
            )
        except sqlite3.Error:
            return False
        return True

    def _release_free_pages(self, *, every: bool = False) -> None:
        """Give free pages back to the file system when they are more than a tenth of the
        file (a large ingest rewrites every new article once to add its embedding, which
        left about 8% of the file free). Only files made with incremental auto-vacuum;
        never waits for a lock nor fails the close: a busy or read-only file stays as is.
        At most RELEASE_PAGES_PER_CLOSE pages a close: after a migration rewrote a table
        of a 1M-article store (GBs free), releasing everything at once held the close for
        minutes; later closes carry on where this one stopped. `every`: whatever their
        share (after the search index's merge, which frees the pages it rewrote)."""
        try:
            if self.conn.in_transaction:
                return
            mode = self.conn.execute("PRAGMA auto_vacuum").fetchone()[0]
            free = self.conn.execute("PRAGMA freelist_count").fetchone()[0]
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            if mode != _INCREMENTAL or not free or (free * 10 <= pages and not every):
                return
            self.conn.execute("PRAGMA busy_timeout=0")
            # a script: it steps the pragma to the end (execute frees one page a step)
            self.conn.executescript(f"PRAGMA incremental_vacuum({RELEASE_PAGES_PER_CLOSE:d})")
        except sqlite3.Error:
            return

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception, a failed COMMIT included
        (a COMMIT refused as busy leaves the transaction open, and an open transaction would
        hold the write lock for every later statement of this connection)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _write_annotations(
        self, conn: SqlConnection, article: Article, *, mentions_changed: bool
    ) -> None:
        """A new analysis number for the article (0603), then the annotations: the web
        pages' version of a story changes when any member is analysed again, and the
        annotation rows are keyed by that number (1000), so it comes first. The
        caller has deleted the rows of the article's previous analysis."""
        if self._analyses is None:
            row = conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'article_analyses'"
            ).fetchone()
            self._analyses = row is not None
        if self._analyses:
            conn.execute(
                "INSERT OR REPLACE INTO article_analyses (article_id) VALUES (?)", (article.id,)
            )
        super()._write_annotations(conn, article, mentions_changed=mentions_changed)

    def search(self, query: str, where: ArticleFilter = ArticleFilter()) -> list[SearchHit]:
        """Best matches among the `SEARCH_CANDIDATES` (1,000) most recently stored ones
        (bm25, title weighted 5:1), each with a snippet: the contract PostgreSQL's
        `search` keeps, so both backends answer alike.

        bm25 scores every row it is given, so ranking every match of a common word
        grew with the store (1M articles: p95 384 ms); the newest 1,000 matches are
        found by walking FTS5's rowid order backwards (`ORDER BY rowid DESC`, no
        scoring), and only the matches from the 1,000th one on are scored. A match
        older than those is not returned even if it would rank higher.

        Ranked in one pass that computes no snippet, then snippets for the hits
        kept: SQLite's sorter builds every matching row in full before it keeps
        the best, so a snippet in the ranking query was made for each of the tens
        of thousands of articles a common word matches, and dominated the search.
        """
        try:
            ranked = self._rank(query, where)
        except sqlite3.OperationalError:
            query = _literal_query(query)
            ranked = self._rank(query, where)
        if not ranked:
            return []
        marks = ", ".join("?" * len(ranked))
        rows = self.conn.execute(
            "SELECT articles_fts.rowid, a.id, a.title, a.outlet, a.published, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({marks})",
            (query, *ranked),
        ).fetchall()
        return search_hits({rowid: -score for rowid, score in ranked.items()}, rows)

    def _rank(self, query: str, where: ArticleFilter) -> dict[int, float]:
        """rowid -> bm25 of the best matches among the newest `SEARCH_CANDIDATES`,
        best first (bm25: lower is better)."""
        clause, params = self._filter_sql(where, prefix="AND")
        limit = int(where.limit) if where.limit is not None else 20
        join = "JOIN articles a ON a.rowid = articles_fts.rowid " if clause else ""
        source = f"FROM articles_fts {join}WHERE articles_fts MATCH ? {clause}"
        # the oldest of the newest candidates (filtered first, as on PostgreSQL); None:
        # fewer matches than that, every one is ranked
        cutoff = self.conn.execute(
            f"SELECT articles_fts.rowid {source} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
            (query, *params, SEARCH_CANDIDATES - 1),
        ).fetchone()
        newest = "" if cutoff is None else "AND articles_fts.rowid >= ? "
        rows = self.conn.execute(
            f"SELECT articles_fts.rowid, bm25(articles_fts, 5.0, 1.0) {source} {newest}"
            f"ORDER BY 2, 1 LIMIT {limit}",
            (query, *params, *(() if cutoff is None else (int(cutoff[0]),))),
        ).fetchall()
        return {int(rowid): float(score) for rowid, score in rows}

    def _nocase(self, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    def story_index_path(self) -> Path:
        from storyline.store.sql_stories import index_path

        return index_path(self.path)

    def story_index(self, dim: int) -> StoryIndex:
        from storyline.corpus.stories.index import UsearchCentroidIndex

        return UsearchCentroidIndex(dim, self.story_index_path())

    def table_columns(self, table: str) -> list[str]:
        return [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def own_files(self) -> list[Path]:
        """The database file and its write-ahead companions."""
        name = self.path.name
        return [self.path, *(self.path.with_name(name + s) for s in ("-wal", "-shm"))]

    def page_reads(self) -> PageReads:
        # imported here: the pages module imports query records (no import cycle)
        from storyline.store.sqlite_pages import SQLitePageReads

        return SQLitePageReads(self)


def _literal_query(query: str) -> str:
    """Turn arbitrary user text into an FTS5 query of quoted terms (no syntax errors)."""
    terms = re.findall(r"\w+", query)
    return " ".join(f'"{t}"' for t in terms) or '""'
