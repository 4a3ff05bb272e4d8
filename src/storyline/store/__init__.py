"""Storage backends behind one protocol; `open_store` picks one from a path or URL."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import ArticleFilter, SearchHit, Store, StoreStats, Tokens
from storyline.store.locations import is_postgres_url, sqlite_path
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
    "is_postgres_url",
    "open_store",
    "sqlite_path",
]


def open_store(location: str | Path) -> SqlArticleStore:
    """The store at `location`: `postgresql://...` (or `postgres://`) opens PostgreSQL,
    anything else (a path, or `sqlite:///path`) a SQLite file.

    The one place that names a backend: every repository (stories, reviews, page
    reads, tokens) comes from the store it returns. psycopg is imported only here,
    when a PostgreSQL URL is given.
    """
    if is_postgres_url(location):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(str(location))
    return SQLiteStore(sqlite_path(location))
