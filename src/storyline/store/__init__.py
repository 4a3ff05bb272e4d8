"""Storage backends behind one protocol; `open_store` picks one from a path or URL."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import ArticleFilter, SearchHit, Store, StoreStats, Tokens
from storyline.store.sql_articles import SqlArticleStore
from storyline.store.sqlite import SQLiteStore

__all__ = [
    "ArticleFilter",
    "SQLiteStore",
    "SearchHit",
    "SqlArticleStore",
    "Store",
    "StoreStats",
    "Tokens",
    "open_store",
    "sqlite_path",
]


def sqlite_path(location: str | Path) -> Path:
    """The file of a SQLite location: a path, or a `sqlite:///path` URL."""
    text = str(location)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite://"))
    if text.startswith("sqlite://"):
        return Path(text.removeprefix("sqlite://"))
    return Path(location)


def open_store(location: str | Path) -> SqlArticleStore:
    """The store at `location`: `postgresql://...` (or `postgres://`) opens PostgreSQL,
    anything else (a path, or `sqlite:///path`) a SQLite file.

    The one place that names a backend: every repository (stories, reviews, page
    reads, tokens) comes from the store it returns. psycopg is imported only here,
    when a PostgreSQL URL is given.
    """
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(text)
    return SQLiteStore(sqlite_path(location))
