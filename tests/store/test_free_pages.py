"""A smaller database file (issue 19): pages freed by rewrites go back on close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.store import sqlite as sqlite_module
from storyline.store.sqlite import SQLiteStore


def _free_and_pages(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    return int(free), int(pages)


def _churn(store: SQLiteStore) -> None:
    store.conn.execute("CREATE TABLE scratch (b BLOB)")
    store.conn.executemany("INSERT INTO scratch VALUES (?)", [(b"x" * 4000,)] * 300)
    store.conn.execute("DROP TABLE scratch")


def test_a_new_store_hands_free_pages_back_on_close(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = SQLiteStore(db)
    _churn(store)
    assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] >= 300
    store.close()
    free, pages = _free_and_pages(db)
    assert free == 0
    assert pages < 300


def test_a_store_made_without_auto_vacuum_is_left_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()  # mode fixed: none
    store = SQLiteStore(db)
    _churn(store)
    store.close()
    free, _ = _free_and_pages(db)
    assert free >= 300  # not rewritten behind the user's back; VACUUM does it on demand


def test_a_close_gives_back_a_bounded_number_of_pages_and_the_next_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "RELEASE_PAGES_PER_CLOSE", 100)
    db = tmp_path / "big.db"
    store = SQLiteStore(db)
    _churn(store)
    before, _ = _free_and_pages(db)
    store.close()
    after_one, _ = _free_and_pages(db)
    assert after_one == before - 100  # a huge free list does not hold one close for long
    SQLiteStore(db).close()
    after_two, _ = _free_and_pages(db)
    assert after_two == after_one - 100


def test_a_new_store_has_small_pages_and_an_older_one_keeps_its_own(tmp_path: Path) -> None:
    """Issue 19: a new file gets PAGE_SIZE (2 kB) pages; a file made with SQLite's 4 kB
    pages opens, takes the migrations and reads back as it was."""
    with SQLiteStore(tmp_path / "new.db") as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == sqlite_module.PAGE_SIZE
    assert sqlite_module.PAGE_SIZE == 2048
    old = sqlite3.connect(tmp_path / "old.db")
    old.execute("PRAGMA page_size=4096")
    old.execute("CREATE TABLE t (x)")
    old.close()
    with SQLiteStore(tmp_path / "old.db") as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert store.count_articles() == 0
