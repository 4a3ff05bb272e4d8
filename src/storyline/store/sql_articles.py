"""Articles, annotations, versions, entities and feeds in SQL both backends accept.

`SQLiteStore` and `PostgresStore` share this body: everything here is plain SQL
through the `?`-parameter connection of `storyline.store.sql`. Each backend adds
how it connects, what a transaction is, full-text search, and how it compares text
case-insensitively (`_nocase`). Both pass tests/store/test_contract.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from storyline.model import Article, ArticleVersion, EntityMention
from storyline.store.base import ArticleFilter, SearchHit, StoredContent, StoreStats, Tokens
from storyline.store.sql import SqlConnection
from storyline.store.sql_corpus_state import SqlCorpusState
from storyline.store.sqlite_rows import (
    ANNOTATION_TABLES,
    annotation_rows,
    article_from_rows,
    encode_embedding,
    span_text,
)
from storyline.store.sqlite_versions import archive_current, read_versions

if TYPE_CHECKING:
    from storyline.corpus.flags.storage import ReviewStore
    from storyline.corpus.stories.index import StoryIndex
    from storyline.corpus.stories.repository import StoredStoryRepository
    from storyline.query.reads import PageReads

__all__ = ["SqlArticleStore"]

_ARTICLE_COLUMNS = (
    "id, url, path, outlet, title, author, published, published_source, language, text, "
    "content_hash, duplicate_of, embedding, annotated"
)


_UPDATE_COLUMNS = (
    "url=?, path=?, outlet=?, title=?, author=?, published=?, published_source=?, language=?, "
    "text=?, content_hash=?, duplicate_of=?, embedding=?, annotated=?"
)


def _row_values(article: Article) -> tuple[object, ...]:
    """The `articles` columns of an article, in the order of `_UPDATE_COLUMNS`."""
    embedding = encode_embedding(article.embedding) if article.embedding else None
    return (
        article.url,
        article.path,
        article.outlet,
        article.title,
        article.author,
        article.published,
        article.published_source,
        article.language,
        article.text,
        article.content_hash,
        article.duplicate_of,
        embedding,
        json.dumps(sorted(article.annotated)),
    )


_ARTICLE_ORDER = "a.published IS NULL, a.published, a.rowid"
"""Listing order: by date, undated last; `iter_entity_mentions` follows it too."""
_INSERT_BAND = "INSERT INTO signature_bands (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING"


def _insert_bands(conn: SqlConnection, article_id: str, bands: Sequence[int]) -> None:
    """An article's band keys in one statement: one round trip on PostgreSQL, where
    `executemany` of 9 rows cost about 2 ms more an article (bench/dedup_write_cost.py)."""
    keys = sorted(set(bands))
    values = ", ".join("(?, ?)" for _ in keys)
    conn.execute(
        f"INSERT INTO signature_bands (key, article_id) VALUES {values} ON CONFLICT DO NOTHING",
        [v for key in keys for v in (key, article_id)],
    )


_FILL_PAGE = 2000
"""Originals read per page when a store's band keys are filled in (one transaction each)."""

_BUMP_MENTIONS_VERSION = (
    "INSERT INTO corpus_state (name, value) VALUES ('entity_mentions', 1) "
    "ON CONFLICT (name) DO UPDATE SET value = corpus_state.value + 1"
)


class SqlArticleStore(SqlCorpusState):
    """The backend-neutral part of a `Store`; subclasses connect and search."""

    location: str
    """The path or URL the store was opened from (for messages)."""
    dialect: str
    """"sqlite" or "postgresql" (see storyline.store.sql)."""

    conn: SqlConnection

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def story_index_path(self) -> Path | None:
        raise NotImplementedError

    def story_index(self, dim: int) -> StoryIndex:
        raise NotImplementedError

    def table_columns(self, table: str) -> list[str]:
        """The columns of a table a copy writes, in table order (for `storyline migrate`)."""
        raise NotImplementedError

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Any]:
        """Rows of a read that grows with the store, without holding them all at once
        (a sqlite3 cursor already steps through its rows)."""
        yield from self.conn.execute(sql, parameters)

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Many rows into one table, in the caller's transaction (for `storyline migrate`)."""
        marks = ", ".join("?" * len(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def refresh_statistics(self) -> None:
        """Tell the query planner what a bulk load changed (nothing to do by default)."""

    def own_files(self) -> list[Path]:
        """Files of the store itself (never to be read as articles); none for a server."""
        return []

    def _nocase(self, column: str) -> str:
        """SQL comparing `column` with one `?` parameter, ignoring case."""
        raise NotImplementedError

    def search(self, query: str, where: ArticleFilter = ArticleFilter()) -> list[SearchHit]:
        raise NotImplementedError

    # repositories over the same connection ---------------------------------
    def stories(self) -> StoredStoryRepository:
        from storyline.store.sql_stories import SqlStoryRepository

        return SqlStoryRepository(self)

    def reviews(self) -> ReviewStore:
        from storyline.store.sql_review import SqlReviewStore

        return SqlReviewStore(self)

    def tokens(self) -> Tokens:
        from storyline.store.sql_tokens import SqlTokens

        return SqlTokens(self)

    def page_reads(self) -> PageReads:
        raise NotImplementedError

    # articles ------------------------------------------------------------
    def put_article(
        self, article: Article, *, signature: bytes | None = None, bands: Sequence[int] = ()
    ) -> bool:
        values = _row_values(article)
        with self.transaction() as conn:
            exists = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
            if exists:
                conn.execute(
                    f"UPDATE articles SET {_UPDATE_COLUMNS}, signature=COALESCE(?, signature) "
                    "WHERE id=?",
                    (*values, signature, article.id),
                )
                for table in ANNOTATION_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
            else:
                now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                conn.execute(
                    "INSERT INTO articles (id, url, path, outlet, title, author, published, "
                    "published_source, language, text, content_hash, duplicate_of, embedding, "
                    "annotated, signature, ingested_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.id, *values, signature, now),
                )
            if bands and article.duplicate_of is None:
                _insert_bands(conn, article.id, bands)
            self._write_annotations(conn, article, mentions_changed=bool(exists))
        return not exists

    def _write_annotations(
        self, conn: SqlConnection, article: Article, *, mentions_changed: bool
    ) -> None:
        for table, sql, rows in annotation_rows(article):
            if rows:
                conn.executemany(sql, rows)
                mentions_changed |= table == "entity_mentions"
        if mentions_changed:
            conn.execute(_BUMP_MENTIONS_VERSION)

    def update_article(self, article: Article, *, signature: bytes | None = None) -> int:
        """Store `article` as a new version of the stored article with its id, atomically.

        The stored version (text, claims, flags, when it was seen) moves to
        article_versions with the diff to the new text; the article row, its
        annotations and its story membership's copy of title, date and hash become
        the new version's; the story it belongs to does not change. Returns the
        new version number. Raises KeyError when no article has that id.
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.transaction() as conn:
            previous = archive_current(conn, article.id, article.text, now)
            if previous is None:
                raise KeyError(article.id)
            conn.execute(
                f"UPDATE articles SET {_UPDATE_COLUMNS}, signature=COALESCE(?, signature), "
                "version=?, updated_at=? WHERE id=?",
                (*_row_values(article), signature, previous + 1, now, article.id),
            )
            for table in ANNOTATION_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
            self._write_annotations(conn, article, mentions_changed=True)
            conn.execute(
                "UPDATE story_members SET title=?, published=?, outlet=?, content_hash=? "
                "WHERE article_id=?",
                (
                    article.title,
                    article.published,
                    article.outlet,
                    article.content_hash,
                    article.id,
                ),
            )
        return previous + 1

    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        return read_versions(self.conn, article_id, self.get_article(article_id))

    def iter_superseded_versions(self) -> Iterator[ArticleVersion]:
        ids = [
            str(r[0]) for r in self.conn.execute("SELECT DISTINCT article_id FROM article_versions")
        ]
        for article_id in ids:
            yield from read_versions(self.conn, article_id, None)

    def stored_content(self, article_id: str) -> StoredContent | None:
        row = self.conn.execute(
            "SELECT content_hash, version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        codes = self.conn.execute("SELECT code FROM flags WHERE article_id = ?", (article_id,))
        return StoredContent(str(row[0]), int(row[1]), frozenset(str(c[0]) for c in codes))

    def count_unassigned(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND id NOT IN "
            "(SELECT article_id FROM story_members)"
        ).fetchone()
        return int(row[0])

    def unassigned_ids(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE duplicate_of IS NULL AND id NOT IN "
            "(SELECT article_id FROM story_members) ORDER BY published IS NULL, published, id"
        )
        return [str(r[0]) for r in rows]

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        out: list[Article] = []
        for aid in article_ids:
            row = self.conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (aid,)
            ).fetchone()
            if row is not None:
                out.append(self._load(row))
        return out

    def ids_with_prefix(self, prefix: str, *, limit: int = 2) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
            (len(prefix), prefix, int(limit)),
        )
        return [str(r[0]) for r in rows]

    def _load(self, row: tuple[object, ...]) -> Article:
        aid = str(row[0])
        tables = {
            table: self.conn.execute(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", (aid,)
            ).fetchall()
            for table in ANNOTATION_TABLES
        }
        return article_from_rows(row, tables)

    def find_by_content_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY rowid LIMIT 1",
            (content_hash,),
        ).fetchone()
        return str(row[0]) if row else None

    def iter_articles(self, where: ArticleFilter = ArticleFilter()) -> Iterator[Article]:
        clause, params = self._filter_sql(where)
        limit = f" LIMIT {int(where.limit)}" if where.limit is not None else ""
        # Only the ids are held; each article is loaded when its turn comes, so a listing
        # of a million articles does not hold every text at once, and the caller may
        # write to the store between two articles (no cursor stays open).
        ids = [
            str(row[0])
            for row in self.conn.execute(
                f"SELECT a.id FROM articles a {clause} ORDER BY {_ARTICLE_ORDER}{limit}", params
            )
        ]
        for article_id in ids:
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def iter_entity_mentions(self) -> Iterator[EntityMention]:
        """Every stored mention, articles in listing order. A mention row keeps '' for text
        that is its article's slice; the body comes once per article, with its first
        mention (idx 0: mentions are numbered from 0), not once per row."""
        rows = self.stream(
            'SELECT m.article_id, m.start, m."end", m.text, m.label, m.canonical, m.role, '
            "CASE WHEN m.idx = 0 THEN a.text END "
            "FROM entity_mentions m JOIN articles a ON a.id = m.article_id "
            f"ORDER BY {_ARTICLE_ORDER}, m.idx"
        )
        article, body = None, ""
        for aid, start, end, text, label, canonical, role, first_body in rows:
            if aid != article:
                article, body = aid, str(first_body or "")
            shown = span_text(str(text), body, int(start), int(end))
            yield EntityMention(int(start), int(end), shown, str(label), canonical, role)

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        for aid, sig in self.stream(
            "SELECT id, signature FROM articles "
            "WHERE signature IS NOT NULL AND duplicate_of IS NULL ORDER BY rowid"
        ):
            yield str(aid), bytes(sig)

    def near_duplicate_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        keys = sorted(set(bands))
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        rows = self.conn.execute(
            "SELECT a.id, a.signature FROM articles a WHERE a.id IN "
            f"(SELECT article_id FROM signature_bands WHERE key IN ({marks})) "
            "AND a.signature IS NOT NULL AND a.duplicate_of IS NULL ORDER BY a.rowid",
            keys,
        ).fetchall()
        return [(str(aid), bytes(sig)) for aid, sig in rows]

    def signature_bands_ready(self) -> bool:
        return self._version("signature_bands") == 1

    def fill_signature_bands(self, bands_of: Callable[[bytes], Sequence[int]]) -> int:
        """Read by pages of rowid (no cursor held open across the writes), each page's keys
        written in one transaction; repeating a page (a run stopped half-way) rewrites
        nothing (ON CONFLICT DO NOTHING)."""
        last, read = -1, 0
        while True:
            page = self.conn.execute(
                "SELECT rowid, id, signature FROM articles WHERE rowid > ? "
                "AND signature IS NOT NULL AND duplicate_of IS NULL ORDER BY rowid LIMIT ?",
                (last, _FILL_PAGE),
            ).fetchall()
            if not page:
                break
            rows: list[tuple[int, str]] = []
            for rowid, aid, sig in page:
                last = int(rowid)
                try:
                    rows.extend((key, str(aid)) for key in set(bands_of(bytes(sig))))
                except ValueError:
                    continue
            read += len(page)
            with self.transaction() as conn:
                conn.executemany(_INSERT_BAND, rows)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO corpus_state (name, value) VALUES ('signature_bands', 1) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
            )
        return read

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def stats(self) -> StoreStats:
        total, dups, undated, first, last = self.conn.execute(
            "SELECT count(*), count(duplicate_of), count(*) - count(published), "
            "min(substr(published, 1, 10)), max(substr(published, 1, 10)) FROM articles"
        ).fetchone()
        outlets = self.conn.execute(
            "SELECT coalesce(outlet, '(unknown)'), count(*) FROM articles "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        return StoreStats(
            articles=int(total),
            duplicates=int(dups),
            undated=int(undated or 0),
            outlets=tuple((str(o), int(n)) for o, n in outlets),
            first_date=first,
            last_date=last,
        )

    def _filter_sql(self, where: ArticleFilter, prefix: str = "WHERE") -> tuple[str, list[object]]:
        parts: list[str] = []
        params: list[object] = []
        if where.since:
            parts.append("substr(a.published, 1, 10) >= ?")
            params.append(where.since[:10])
        if where.until:
            parts.append("substr(a.published, 1, 10) <= ?")
            params.append(where.until[:10])
        if where.outlet:
            parts.append(self._nocase("a.outlet"))
            params.append(where.outlet)
        if not where.include_duplicates:
            parts.append("a.duplicate_of IS NULL")
        if not parts:
            return "", params
        return f"{prefix} " + " AND ".join(parts), params
