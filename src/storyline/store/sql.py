"""What the SQL-speaking parts of a backend share: a connection that takes `?` parameters.

The story repository, the review cache and the API tokens are written once, in SQL
that SQLite and PostgreSQL both accept (upserts as `ON CONFLICT`, no `rowid`-only
or FTS syntax), against this small surface: `sqlite3.Connection` has it as it is,
and `storyline.store.pg_connection.PgConnection` gives it over a psycopg pool. What
the two dialects say differently (search, case-insensitive comparison) stays in
each backend's own module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from storyline.store.base import SearchHit

__all__ = ["SEARCH_CANDIDATES", "SqlBackend", "SqlConnection", "SqlCursor", "search_hits"]

SEARCH_CANDIDATES = 1_000
"""How many of the most recently stored matches `Store.search` ranks, on both backends.

ts_rank reads (detoasts) the tsvector of every article it scores, and bm25 reads the
position lists of every match, so ranking every match of a common word grew with the
store (PostgreSQL, 100k articles: p95 442 ms; SQLite, 1M: 384 ms); ranking the
newest 1,000 matches costs the same at any size. The web/API search ranks its own
`candidates` the same way on both backends.
"""


class SqlCursor(Protocol):
    """Rows of one statement, as tuples."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    """`execute` / `executemany` with `?` placeholders (the sqlite3 paramstyle)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> SqlCursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> SqlCursor: ...


class SqlBackend(Protocol):
    """A store whose repositories share its connection and its transactions."""

    dialect: str
    """"sqlite" or "postgresql": for the few statements the two must say differently."""

    @property
    def conn(self) -> SqlConnection: ...

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Any]:
        """Rows of a read that grows with the store, without holding them all at once."""
        ...

    def transaction(self) -> AbstractContextManager[SqlConnection]:
        """One all-or-nothing unit of writes; nested use joins the outer one."""
        ...

    def story_index_path(self) -> Path | None:
        """Where the story ANN index is cached on disk; None: kept in memory only."""
        ...


def search_hits(scores: Mapping[int, float], rows: Iterable[Sequence[Any]]) -> list[SearchHit]:
    """Hits in the order of `scores` (rowid -> score, best first) from rows of
    (rowid, id, title, outlet, published, snippet): the one place both backends turn
    their ranked rowids and their snippet rows into `SearchHit`s. A rowid without a
    row (the article deleted between the two reads) is left out."""
    found = {int(r[0]): r for r in rows}
    return [
        SearchHit(str(r[1]), r[2], r[3], r[4], str(r[5] or ""), float(score))
        for rowid, score in scores.items()
        if (r := found.get(rowid)) is not None
    ]
