"""Named migrations, applied in name order and recorded, each all-or-nothing.

A migration is a `.sql` script, or a `.py` module with `migrate(conn)` for a change
SQL alone cannot say: one that must read the schema as it stands (e.g. rebuild a
table with whatever columns earlier migrations, of any helper, gave it).
"""

from __future__ import annotations

import datetime as dt
import importlib
import sqlite3
from collections.abc import Callable
from importlib import resources

__all__ = ["apply_migrations", "migration_scripts", "python_migrations"]

_PACKAGE = "storyline.store.migrations"

Migrate = Callable[[sqlite3.Connection], None]


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
        row = conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone()
        if row is not None:
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
        if _apply(conn, name, step):
            applied.append(name)
    return applied
