"""A SQLite database as an older storyline left it, for the migration tests: every
migration named before a given one applied and recorded, as that code would have."""

from __future__ import annotations

import sqlite3

from storyline.store.migrate import migration_scripts, python_migrations

__all__ = ["schema_before"]


def schema_before(conn: sqlite3.Connection, before: str) -> None:
    """Apply and record, in name order, every SQL and Python migration named before `before`."""
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, step in sorted([*migration_scripts(), *python_migrations()], key=lambda s: s[0]):
        if name < before:
            if isinstance(step, str):
                conn.executescript(step)
            else:
                step(conn)
            conn.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (name,))
