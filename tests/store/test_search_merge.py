"""A smaller database (issue 19): a close after writes merges the full-text index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.store.sqlite import SQLiteStore

_WORDS = [
    "harbour",
    "ferry",
    "strike",
    "river",
    "bank",
    "council",
    "vote",
    "flood",
    "rescue",
    "bridge",
    "storm",
    "market",
]


def _articles(count: int) -> list[Article]:
    """Short articles sharing a dozen words in different mixes (each word in many)."""
    out = []
    for n in range(count):
        words = [_WORDS[(n * k + k) % len(_WORDS)] for k in range(1, 40)]
        text = f"Report {n}: " + " ".join(words) + f". Number {n} of the series."
        out.append(Article(id=f"a{n}", text=text, title=f"Day {n}", content_hash=f"h{n}"))
    return out


def _fill(db: Path, articles: list[Article]) -> list[list[str]]:
    """Store the articles one transaction each, close; the hits of a few searches."""
    store = SQLiteStore(db)
    for article in articles:
        store.put_article(article)
    store.close()
    with SQLiteStore(db) as store:
        return [[h.article_id for h in store.search(q)] for q in ("ferry", "flood rescue", "7")]


def _index_bytes_and_free(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        size = conn.execute("SELECT sum(length(block)) FROM articles_fts_data").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    return int(size), int(free)


def test_a_close_after_writes_merges_the_search_index_and_keeps_every_hit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles(120)
    merged_hits = _fill(tmp_path / "merged.db", articles)
    merged, merged_free = _index_bytes_and_free(tmp_path / "merged.db")
    monkeypatch.setattr(SQLiteStore, "_merge_search_index", lambda self: False)
    plain_hits = _fill(tmp_path / "plain.db", articles)
    plain, _ = _index_bytes_and_free(tmp_path / "plain.db")
    assert merged_hits == plain_hits
    assert all(merged_hits)
    assert merged < plain
    assert merged_free == 0  # the pages the merge rewrote went back to the file system


def test_a_close_without_writes_merges_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _fill(db, _articles(5))
    with SQLiteStore(db) as store:
        assert store._merge_search_index() is False
        store.put_article(_articles(6)[5])
        assert store._merge_search_index() is True
        assert store._merge_search_index() is False
