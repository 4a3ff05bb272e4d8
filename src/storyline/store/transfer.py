"""Moving a whole store to another backend (`storyline migrate`), checked by counts and hashes.

Every table is copied row by row in key order, read in pages (keyset pagination on
the table's key, so a million articles are never held at once), and written in
one transaction on the target (PostgreSQL: by COPY, then ANALYZE): a copy that fails
leaves the target as it was. The
target must hold no articles. Articles and flags are read in the order they were
stored (SQLite's rowid), so listings that break ties by storage order read the same
on the target. Then both stores are read again and each table is compared by row
count and by a content hash: SHA-256 of every row's values (bytes as hex, numbers
by value), summed over rows so the order rows come back in does not matter (the two
backends sort text differently).

Not copied: `page_cache` (a cache of rendered pages, rebuilt on demand) and
`schema_migrations` (each backend records its own); the story ANN index is a cache
rebuilt from the stories when first needed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.errors import StorageError
from storyline.store.sql_articles import SqlArticleStore

__all__ = ["TABLES", "TableCheck", "TransferReport", "table_digest", "transfer_store"]

TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles", ("rowid",)),
    ("sentences", ("article_id", "idx")),
    ("entity_mentions", ("article_id", "idx")),
    ("timexes", ("article_id", "idx")),
    ("quotes", ("article_id", "idx")),
    ("claims", ("article_id", "idx")),
    ("flags", ("rowid",)),
    ("article_versions", ("article_id", "version")),
    ("feeds", ("url",)),
    ("entities", ("id",)),
    ("entity_aliases", ("alias", "entity_id")),
    ("corpus_state", ("name",)),
    ("signature_bands", ("key", "article_id")),
    ("stories", ("key",)),
    ("story_members", ("article_id",)),
    ("story_merges", ("source",)),
    ("story_term_df", ("term",)),
    ("story_counters", ("name",)),
    ("story_moves", ("article_id", "seq")),
    ("story_threads", ("thread",)),
    ("review_stories", ("story_id",)),
    ("review_members", ("story_id", "article_id")),
    ("review_groups", ("story_id", "key")),
    ("api_tokens", ("hash",)),
)
"""(table, key it is read in order of), parents before children."""

SELF_REFERENCES = {"articles": "duplicate_of", "stories": "merged_into"}
"""Columns pointing into their own table: written empty, then set once every row is in."""

_PAGE = 1000
_MOD = 2**256


@dataclass(frozen=True, slots=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_hash: str
    target_hash: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_hash == self.target_hash


@dataclass(frozen=True, slots=True)
class TransferReport:
    tables: tuple[TableCheck, ...]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)


def _columns(source: SqlArticleStore, target: SqlArticleStore, table: str) -> list[str]:
    """The columns both stores write, in the target's order."""
    have = set(source.table_columns(table))
    columns = [c for c in target.table_columns(table) if c in have]
    if not columns:
        raise StorageError(f"table {table} is missing in {source.location} or {target.location}")
    return columns


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _pages(
    store: SqlArticleStore, table: str, columns: Sequence[str], key: Sequence[str]
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of `table` (the columns, then the key) in key order, a page at a time."""
    keys = _quoted(key)
    select = f"SELECT {_quoted(columns)}, {keys} FROM {table}"
    last: tuple[Any, ...] | None = None
    while True:
        if last is None:
            rows = store.conn.execute(f"{select} ORDER BY {keys} LIMIT {_PAGE}").fetchall()
        else:
            marks = ", ".join("?" * len(key))
            rows = store.conn.execute(
                f"{select} WHERE ({keys}) > ({marks}) ORDER BY {keys} LIMIT {_PAGE}", last
            ).fetchall()
        if not rows:
            return
        yield [tuple(r[: len(columns)]) for r in rows]
        last = tuple(rows[-1][len(columns) :])


def _row_hash(row: Sequence[Any]) -> int:
    def plain(value: Any) -> Any:
        if isinstance(value, bytes | memoryview):
            return bytes(value).hex()
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    encoded = json.dumps([plain(v) for v in row], ensure_ascii=False).encode("utf-8")
    return int.from_bytes(hashlib.sha256(encoded).digest(), "big")


def table_digest(
    store: SqlArticleStore, table: str, columns: Sequence[str], key: Sequence[str]
) -> tuple[int, str]:
    """(rows, content hash) of a table over `columns`, independent of row order."""
    count = 0
    total = 0
    for page in _pages(store, table, columns, key):
        count += len(page)
        for row in page:
            total = (total + _row_hash(row)) % _MOD
    return count, f"{total:064x}"


def transfer_store(
    source: SqlArticleStore,
    target: SqlArticleStore,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> TransferReport:
    """Copy every table of `source` into `target` (which holds no articles), then check.

    Raises StorageError when the target is not empty; the copy is one transaction
    on the target. The report says, per table, whether counts and hashes match.
    """
    if target.count_articles():
        raise StorageError(
            f"{target.location} already holds {target.count_articles()} articles: "
            "migrate into an empty database"
        )
    plans = [(table, key, _columns(source, target, table)) for table, key in TABLES]
    with target.transaction() as conn:
        for table, _key in reversed(TABLES):
            conn.execute(f"DELETE FROM {table}")  # rows a migration seeded (counters)
        for table, key, columns in plans:
            copied = 0
            link = SELF_REFERENCES.get(table)
            links: list[tuple[Any, Any]] = []
            for page in _pages(source, table, columns, key):
                if link is not None:  # the row's own id is its first column
                    at = columns.index(link)
                    links += [(r[at], r[0]) for r in page if r[at] is not None]
                    page = [(*r[:at], None, *r[at + 1 :]) for r in page]
                target.insert_rows(table, columns, page)
                copied += len(page)
                if progress is not None:
                    progress(table, copied)
            if link is not None and links:
                conn.executemany(f"UPDATE {table} SET {link} = ? WHERE {columns[0]} = ?", links)
    target.refresh_statistics()
    checks = []
    for table, key, columns in plans:
        rows_s, hash_s = table_digest(source, table, columns, key)
        rows_t, hash_t = table_digest(target, table, columns, key)
        checks.append(TableCheck(table, rows_s, rows_t, hash_s, hash_t))
    return TransferReport(tuple(checks))
