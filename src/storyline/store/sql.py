"""What the SQL-speaking parts of a backend share: a connection that takes `?` parameters.

The story repository, the review cache and the API tokens are written once, in SQL
that SQLite and PostgreSQL both accept (upserts as `ON CONFLICT`, no `rowid`-only
or FTS syntax), against this small surface: `sqlite3.Connection` has it as it is,
and `storyline.store.pg_connection.PgConnection` gives it over a psycopg pool. What
the two dialects say differently (search, case-insensitive comparison) stays in
each backend's own module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

__all__ = ["SqlBackend", "SqlConnection", "SqlCursor"]


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
