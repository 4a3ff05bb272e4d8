"""Issue 19's "nothing lost": a store written before 0601_span_texts reads the same after it.

The store is ingested through the real `storyline ingest` with the write path and
schema as they were before 0601: migrations up to 0600 only, and every quote, claim
and timex row keeping its text whole (`stored_span_text` as the identity, as the old
writer was). Every export a user sees is taken from a copy of that store, then the
store is opened by the current code (which applies 0601, emptying the texts that
are the article's slice) and every export is taken again: they must be the same
bytes. The exports are taken from separate copies so the after side reads no page
cached by the before side.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_exports import applied, cli, exports

from storyline.store import migrate, sqlite_rows

SPAN_TABLES = ("quotes", "claims", "timexes")
WRITE_PATH = "0900_signature_bands"
"""Applied to the old store too: today's ingest (which writes it) needs the near-duplicate
band table, which 0601 does not touch."""


def _empty_texts(db: Path) -> dict[str, tuple[int, int]]:
    """(rows, rows keeping '' as text) per span table."""
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(
                f"SELECT count(*), coalesce(sum(text = ''), 0) FROM {table}"
            ).fetchone()
            for table in SPAN_TABLES
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Iterator[Path]:
    """The demo articles ingested with the schema and write path of before 0601.

    The demo's spans are all their article's slice; one row of each table is then
    given a text that is not (a tidied text, which the writer keeps whole), so the
    test also sees a migration that would empty more than it should.
    """
    db = tmp_path_factory.mktemp("old") / "old.db"
    with pytest.MonkeyPatch.context() as patch:
        scripts, modules = migrate.migration_scripts, migrate.python_migrations
        patch.setattr(
            migrate,
            "migration_scripts",
            lambda suffix=".sql": [
                s for s in scripts(suffix) if s[0] < "0601" or s[0] == WRITE_PATH
            ],
        )
        patch.setattr(migrate, "python_migrations", lambda: [m for m in modules() if m[0] < "0601"])
        patch.setattr(sqlite_rows, "stored_span_text", lambda span, text, start, end: span)
        cli("ingest", str(demo_dir), "--db", str(db))
    conn = sqlite3.connect(db, isolation_level=None)
    for table in SPAN_TABLES:  # one row a table whose text is not its slice, as a writer may keep
        conn.execute(
            f"UPDATE {table} SET text = text || ' (tidied)' WHERE (article_id, idx) = "
            f"(SELECT article_id, idx FROM {table} ORDER BY article_id, idx LIMIT 1)"
        )
    conn.close()
    yield db


def test_every_export_reads_the_same_after_0601(old_store: Path, tmp_path: Path) -> None:
    assert "0601_span_texts" not in applied(old_store)
    before_counts = _empty_texts(old_store)
    assert all(rows > 0 for rows, _ in before_counts.values()), before_counts
    assert all(empty == 0 for _, empty in before_counts.values()), before_counts

    before_db = tmp_path / "before.db"
    after_db = tmp_path / "after.db"
    shutil.copy(old_store, before_db)
    shutil.copy(old_store, after_db)
    with pytest.MonkeyPatch.context() as patch:  # the before side stays before 0601
        scripts = migrate.migration_scripts
        patch.setattr(
            migrate,
            "migration_scripts",
            lambda suffix=".sql": [s for s in scripts(suffix) if s[0] < "0601"],
        )
        before = exports(before_db)
    assert "0601_span_texts" not in applied(before_db)

    after = exports(after_db)  # opening it applies 0601
    assert "0601_span_texts" in applied(after_db)
    assert after.keys() == before.keys()
    for name, text in before.items():
        assert after[name] == text, name
    after_counts = _empty_texts(after_db)
    assert after_counts.keys() == before_counts.keys()
    for table, (rows, empty) in after_counts.items():
        assert rows == before_counts[table][0]
        assert 0 < empty < rows, (table, after_counts)  # emptied the slices, kept the tidied
