"""What a `--db` value names: a PostgreSQL URL, or a SQLite file (a path or sqlite:///path).

Kept apart from the backends so the command line can tell them apart without
importing psycopg.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["is_postgres_url", "sqlite_path"]


def is_postgres_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def sqlite_path(location: str | Path) -> Path:
    """The file of a SQLite location: a path, or a `sqlite:///path` URL (`sqlite:///a.db`
    is a.db in the current folder, `sqlite:////tmp/a.db` is /tmp/a.db, as SQLAlchemy reads
    them)."""
    text = str(location)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    return Path(location)
