"""Named migrations, applied in name order and recorded, each all-or-nothing.

A migration is a `.sql` script, or a `.py` module with `migrate(conn)` for a change
SQL alone cannot say: one that must read the schema as it stands (e.g. rebuild a
table with whatever columns earlier migrations, of any helper, gave it).

A `.py` module that rewrites whole tables may instead define `steps(conn)`: a list
of (label, step), each applied in its own transaction and followed by a WAL
checkpoint, the migration recorded only after its last step (issues 18/19). Why:
disk. In WAL mode a transaction's every written page stays in the WAL until it
commits, and the checkpoint then copies them into the file, so one transaction
rewriting every annotation table of a 30 GB store needed a WAL as large as all of
them (11.4 GB and growing after 26 minutes) and then as much again in the file.
Step by step, the WAL holds one table at most, and the pages a step frees (the old
table) take the next step's rows. Each step must be idempotent, checking under the
write lock whether its work is done: a step interrupted (crash, kill, full disk) is
rolled back whole, and the next open does the steps left; of two processes opening
at once, the one that waited for the lock finds the step done and goes on to the
next. A store over PROGRESS_BYTES gets a line on stderr per step (a warning of the
"storyline.store" logger, which Python prints on stderr when the application
configured no logging), so an upgrade of minutes is not mistaken for a hang.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import sqlite3
import time
from collections.abc import Callable
from importlib import resources

__all__ = ["PROGRESS_BYTES", "apply_migrations", "migration_scripts", "python_migrations"]

_PACKAGE = "storyline.store.migrations"

log = logging.getLogger("storyline.store")

Migrate = Callable[[sqlite3.Connection], None]

PROGRESS_BYTES = 256 << 20
"""A store larger than this (file pages, in bytes) gets a progress line per migration
step: below it every step takes seconds at most."""
Steps = Callable[[sqlite3.Connection], list[tuple[str, Migrate]]]
"""A migration applied step by step: `steps(conn)` gives (label, step) in order."""


def migration_scripts(dialect_suffix: str = ".sql") -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped in storyline.store.migrations, sorted by name."""
    folder = resources.files(_PACKAGE)
    scripts = [
        (entry.name.removesuffix(dialect_suffix), entry.read_text("utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(dialect_suffix) and not entry.name.endswith(".pg.sql")
    ]
    return sorted(scripts)


def python_migrations() -> list[tuple[str, Migrate]]:
    """(name, migrate) of every SQLite migration module (NNNN_name.py), sorted by name."""
    folder = resources.files(_PACKAGE)
    names = sorted(
        entry.name.removesuffix(".py")
        for entry in folder.iterdir()
        if entry.name.endswith(".py") and entry.name[:1].isdigit()
    )
    return [(name, importlib.import_module(f"{_PACKAGE}.{name}").migrate) for name in names]


def _steps_of(step: str | Migrate) -> Steps | None:
    """The `steps(conn)` of a migration module that defines them, else None."""
    if isinstance(step, str):
        return None
    steps: Steps | None = getattr(importlib.import_module(step.__module__), "steps", None)
    return steps


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _statements(sql: str) -> list[str]:
    """The statements of a script, split where SQLite says one is complete (triggers whole)."""
    out: list[str] = []
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\n;"):
                out.append(buffer)
            buffer = ""
    if buffer.strip(" \t\n;"):
        out.append(buffer)
    return out


def _apply(conn: sqlite3.Connection, name: str, step: str | Migrate) -> bool:
    """Apply one migration unless another connection did first; True when this one did.

    BEGIN IMMEDIATE takes the write lock before the check, so of two processes
    opening a new database at once one applies and the other, waiting on the lock,
    then finds the migration recorded (before, both read "nothing applied" and the
    second failed on "table articles already exists").
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _recorded(conn, name):
            conn.execute("ROLLBACK")
            return False
        if isinstance(step, str):
            for statement in _statements(step):
                conn.execute(statement)
        else:
            step(conn)
        conn.execute(
            "INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)", (name, _stamp())
        )
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return True


def _recorded(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone()
    return row is not None


def _store_bytes(conn: sqlite3.Connection) -> int:
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    return int(pages) * int(size)


def _apply_steps(conn: sqlite3.Connection, name: str, stepped: Steps) -> bool:
    """Apply a stepped migration's steps, each in its own transaction followed by a
    WAL checkpoint, and record it after the last; True when this connection recorded it.

    Each step takes the write lock (BEGIN IMMEDIATE) and checks the migration is not
    recorded yet; the step itself skips work another connection, or an interrupted
    earlier open, has done."""
    steps = stepped(conn)
    size = _store_bytes(conn)
    loud = size > PROGRESS_BYTES
    started = time.monotonic()
    for number, (label, step) in enumerate(steps, start=1):
        if loud:
            log.warning(
                "upgrading the store (%.1f GB): migration %s, step %d of %d (%s), %.0f s so far",
                size / 1e9,
                name,
                number,
                len(steps),
                label,
                time.monotonic() - started,
            )
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _recorded(conn, name):
                conn.execute("ROLLBACK")
                return False
            step(conn)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        # the step's pages into the file now, and the WAL back to nothing: it holds
        # one step's writes at most (a reader still open only delays this)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return _apply(conn, name, _nothing)


def _nothing(conn: sqlite3.Connection) -> None:
    """The last transaction of a stepped migration: only the record."""


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database has not seen; returns the names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    pending: list[tuple[str, str | Migrate]] = [
        *migration_scripts(),
        *python_migrations(),
    ]
    applied: list[str] = []
    for name, step in sorted(pending, key=lambda item: item[0]):
        if name in done:
            continue
        stepped = _steps_of(step)
        if stepped is not None:
            if _apply_steps(conn, name, stepped):
                applied.append(name)
        elif _apply(conn, name, step):
            applied.append(name)
    return applied
