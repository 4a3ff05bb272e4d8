"""Named SQL migrations, applied in name order and recorded, each all-or-nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib import resources

__all__ = ["apply_migrations", "migration_scripts"]


def migration_scripts(dialect_suffix: str = ".sql") -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped in storyline.store.migrations, sorted by name."""
    folder = resources.files("storyline.store.migrations")
    scripts = [
        (entry.name.removesuffix(dialect_suffix), entry.read_text("utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(dialect_suffix) and not entry.name.endswith(".pg.sql")
    ]
    return sorted(scripts)


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database has not seen; returns the names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied: list[str] = []
    for name, sql in migration_scripts():
        if name in done:
            continue
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{sql}\n"
            f"INSERT INTO schema_migrations(name, applied_at) VALUES ('{name}', '{stamp}');\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
