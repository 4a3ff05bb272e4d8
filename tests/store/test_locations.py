"""What a --db value names."""

from __future__ import annotations

from pathlib import Path

from storyline.store.locations import is_postgres_url, sqlite_path


def test_postgres_urls_and_sqlite_paths_are_told_apart() -> None:
    assert is_postgres_url("postgresql://u@host/db") and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("news.db") and not is_postgres_url("sqlite:///news.db")
    assert sqlite_path("news.db") == Path("news.db")
    assert sqlite_path("sqlite:///news.db") == Path("news.db")
    assert sqlite_path("sqlite:////tmp/news.db") == Path("/tmp/news.db")
