"""Storage backends behind one protocol; `open_store` picks one from a path or URL."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import ArticleFilter, SearchHit, Store, StoreStats
from storyline.store.sqlite import SQLiteStore

__all__ = [
    "ArticleFilter",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "StoreStats",
    "open_store",
]


def open_store(location: str | Path) -> SQLiteStore:
    """Open the store at `location`: a SQLite file path (PostgreSQL URLs come later)."""
    text = str(location)
    if text.startswith(("postgres://", "postgresql://")):
        from storyline.errors import StorageError

        raise StorageError("PostgreSQL backend is not available yet; use a SQLite file path")
    return SQLiteStore(location)
