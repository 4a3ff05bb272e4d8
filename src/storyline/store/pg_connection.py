"""A psycopg 3 connection pool behind the `?`-parameter surface the shared SQL is written for.

Statements outside a transaction borrow a pooled connection for one statement and
return it with the rows already read, so a long-lived store holds no connection
while idle and a connection the server dropped is replaced on the next borrow
(the pool checks it). A transaction pins one connection to the thread that opened
it until it commits; statements of that thread inside it run on that connection.

When the server goes away: a read outside a transaction is tried once more on a
fresh connection (it changes nothing); anything else raises `DatabaseUnavailable`
(a StorageError), saying whether the write was rolled back or may have committed
(the connection broke at COMMIT), so the caller decides what it may repeat.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from storyline.errors import StorageError

__all__ = ["DatabaseUnavailable", "PgConnection", "PgRows", "pg_sql"]

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@lru_cache(maxsize=1024)
def pg_sql(sql: str) -> str:
    """`sql` with each `?` placeholder (outside quotes) as `%s`, and `%` escaped as `%%`."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _TOKEN.sub(swap, sql)


_READS = ("SELECT", "WITH")
_STREAM_CHUNK = 5000
_LOST = (psycopg.OperationalError, PoolTimeout)
"""What a server gone away (or out of reach) raises: a broken connection, or none to borrow."""


class DatabaseUnavailable(StorageError):
    """The PostgreSQL server went away or cannot be reached.

    `committed` is None when the connection broke at COMMIT (the server may have
    committed before it went), else False: nothing of the unit of work was kept.
    """

    def __init__(self, message: str, *, committed: bool | None = False) -> None:
        super().__init__(message)
        self.committed = committed


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PgRows:
    """The rows of one statement, read in full (the connection went back to the pool)."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        row = self._rows[self._next]
        self._next += 1
        return row

    def fetchall(self) -> list[Any]:
        rest = self._rows[self._next :]
        self._next = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """`execute`, `executemany` and `transaction` over a `ConnectionPool` (autocommit)."""

    def __init__(self, pool: ConnectionPool, name: str) -> None:
        self.pool = pool
        self.name = name
        """Where the server is, for messages (no password)."""
        self._local = threading.local()

    @property
    def _pinned(self) -> psycopg.Connection[Any] | None:
        pinned: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        return pinned

    @property
    def in_transaction(self) -> bool:
        return self._pinned is not None

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        pinned = self._pinned
        if pinned is not None:
            yield pinned
            return
        with self.pool.connection() as conn:
            yield conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgRows:
        retry = not self.in_transaction and sql.lstrip().upper().startswith(_READS)
        try:
            return self._execute(sql, parameters)
        except _LOST as exc:
            if not retry:
                raise self._lost(exc) from exc
        try:
            return self._execute(sql, parameters)
        except _LOST as exc:
            raise self._lost(exc) from exc

    def _execute(self, sql: str, parameters: Sequence[Any]) -> PgRows:
        with self._connection() as conn:
            cursor = conn.execute(pg_sql(sql), tuple(parameters))
            rows = cursor.fetchall() if cursor.description is not None else []
            return PgRows(rows, cursor.rowcount)

    def stream(self, sql: str, parameters: Sequence[Any] = (), /) -> Iterator[Any]:
        """The rows of a long read, a chunk at a time (a server-side cursor), not all at once.

        For reads that grow with the store (every entity mention, every signature, every
        story centroid): `execute` would hold them all in memory. The cursor holds one
        pooled connection until the rows are read or the iterator is dropped."""
        if self._pinned is not None:  # inside a transaction: on its connection, as execute
            yield from self.execute(sql, parameters)
            return
        try:
            with (
                self.pool.connection() as conn,
                conn.transaction(),
                conn.cursor(name=f"storyline_{threading.get_ident()}_{id(self)}") as cursor,
            ):
                cursor.itersize = _STREAM_CHUNK
                cursor.execute(pg_sql(sql), tuple(parameters))
                yield from cursor
        except _LOST as exc:
            raise self._lost(exc) from exc

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> PgRows:
        batch = [tuple(p) for p in parameters]
        if not batch:
            return PgRows([], 0)
        try:
            with self._connection() as conn, conn.cursor() as cursor:
                cursor.executemany(pg_sql(sql), batch)
                return PgRows([], cursor.rowcount)
        except _LOST as exc:
            raise self._lost(exc) from exc

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows into a table by COPY (many times faster than INSERTs); within a transaction."""
        names = ", ".join(f'"{c}"' for c in columns)
        try:
            with (
                self._connection() as conn,
                conn.cursor() as cursor,
                cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        except _LOST as exc:
            raise self._lost(exc) from exc

    def _lost(self, exc: BaseException, *, committed: bool | None = False) -> DatabaseUnavailable:
        if committed is None:
            outcome = "the connection broke at COMMIT: the write may or may not be stored"
        else:
            outcome = "nothing of the current write was stored"
        return DatabaseUnavailable(
            f"{self.name}: PostgreSQL went away or cannot be reached ({_reason(exc)}); {outcome}",
            committed=committed,
        )

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """BEGIN ... COMMIT on one pinned connection; rolled back on any exception.

        Nested use joins the outer transaction (as the SQLite store's callers expect:
        a repository's atomic() inside an ingest's write is one unit)."""
        if self._pinned is not None:
            yield self
            return
        in_body = True
        try:
            with self.pool.connection() as conn:
                self._local.conn = conn
                try:
                    with conn.transaction():
                        yield self
                        in_body = False  # what fails from here on is the COMMIT
                finally:
                    self._local.conn = None
        except DatabaseUnavailable:
            raise
        except _LOST as exc:
            raise self._lost(exc, committed=False if in_body else None) from exc
