"""Named PostgreSQL migrations (storyline.store.migrations_pg/*.sql), applied once each.

The PostgreSQL schema has its own folder: its DDL differs from SQLite's (types,
generated tsvector, expression indexes), so one file per change per dialect. Each
migration runs in one transaction under a transaction-level advisory lock, and is
re-checked under it: of several processes opening a new database at once, one
applies it and the others find it recorded.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import psycopg

__all__ = ["apply_pg_migrations", "pg_migration_scripts"]

_PACKAGE = "storyline.store.migrations_pg"
_LOCK = 0x5707_1E00
"""Advisory lock key of storyline's migrations (any fixed number no other code uses)."""


def pg_migration_scripts() -> list[tuple[str, str]]:
    """(name, sql) of every PostgreSQL migration, sorted by name."""
    folder = resources.files(_PACKAGE)
    return sorted(
        (entry.name.removesuffix(".sql"), entry.read_text("utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    )


def apply_pg_migrations(conn: psycopg.Connection[Any]) -> list[str]:
    """Apply the migrations this database has not seen; returns the names applied."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
    for name, sql in pg_migration_scripts():
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            done = conn.execute("SELECT 1 FROM schema_migrations WHERE name = %s", (name,))
            if done.fetchone() is not None:
                continue
            conn.execute(sql)  # several statements: no parameters, one simple query
            stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            conn.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (%s, %s)", (name, stamp)
            )
            applied.append(name)
    return applied
