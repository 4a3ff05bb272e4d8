"""Issue 19's "nothing lost" for the migrations after 0601: an old store reads the same.

0602 empties entity mention texts that are their article's slice; 0603 clusters
`sentences` on its key (the pages' version of an analysis moving to
`article_analyses`); 1000 keys every annotation row by that analysis number instead
of the article id (the tables become views of `<table>_rows`). The demo is ingested
through the real `storyline ingest` with the migrations of before 0602 only; each
entity mention row is then given its text in full, as the writer of before 0602 left
it, and one mention a text that is not its slice (a tidied text, which must stay).
Every export a user sees is taken from a copy of that store; another copy is opened
by the current code, which applies every later migration, and every export is taken
again: they must be the same bytes.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_exports import applied, cli, exports

from storyline.store import migrate

FIRST_NEW = "0602"
NEW = ("0602_mention_texts", "0603_clustered_sentences", "1000_keyed_annotations")
WRITE_PATH = "0900_signature_bands"
"""Applied to the old store too: today's ingest (which writes it) needs the near-duplicate
band table, which the migrations under test do not touch."""


def _before(patch: pytest.MonkeyPatch) -> None:
    scripts, modules = migrate.migration_scripts, migrate.python_migrations
    patch.setattr(
        migrate,
        "migration_scripts",
        lambda suffix=".sql": [
            s for s in scripts(suffix) if s[0] < FIRST_NEW or s[0] == WRITE_PATH
        ],
    )
    patch.setattr(migrate, "python_migrations", lambda: [m for m in modules() if m[0] < FIRST_NEW])


def _mentions(db: Path) -> tuple[int, int]:
    """(mention rows, rows keeping '' as text)."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT count(*), coalesce(sum(text = ''), 0) FROM entity_mentions"
        ).fetchone()
        return int(row[0]), int(row[1])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Iterator[Path]:
    db = tmp_path_factory.mktemp("old") / "old.db"
    with pytest.MonkeyPatch.context() as patch:
        _before(patch)
        cli("ingest", str(demo_dir), "--db", str(db))
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "UPDATE entity_mentions SET text = substr((SELECT a.text FROM articles a "
        "WHERE a.id = entity_mentions.article_id), start + 1, \"end\" - start) WHERE text = ''"
    )
    conn.execute(
        "UPDATE entity_mentions SET text = upper(text) || ' (tidied)' WHERE (article_id, idx) = "
        "(SELECT article_id, idx FROM entity_mentions ORDER BY article_id, idx LIMIT 1)"
    )
    conn.close()
    yield db


def test_every_export_reads_the_same_after_the_compacting_migrations(
    old_store: Path, tmp_path: Path
) -> None:
    assert not applied(old_store) & set(NEW)
    rows, empty = _mentions(old_store)
    assert rows > 0 and empty == 0
    before_db, after_db = tmp_path / "before.db", tmp_path / "after.db"
    shutil.copy(old_store, before_db)
    shutil.copy(old_store, after_db)
    with pytest.MonkeyPatch.context() as patch:  # the before side stays before 0602
        _before(patch)
        before = exports(before_db)
    assert not applied(before_db) & set(NEW)

    after = exports(after_db)  # opening it applies the new migrations
    assert set(NEW) <= applied(after_db)
    assert after.keys() == before.keys()
    for name, text in before.items():
        assert after[name] == text, name
    assert _mentions(after_db) == (rows, rows - 1)  # every slice emptied, the tidied one kept
    conn = sqlite3.connect(after_db)
    try:
        (definition,) = conn.execute(
            "SELECT sql FROM sqlite_schema WHERE name = 'sentences_rows'"
        ).fetchone()
        keyed = conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"
        ).fetchall()
        analysed = conn.execute("SELECT count(*) FROM article_analyses").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()
    assert str(definition).rstrip().upper().endswith("WITHOUT ROWID")
    assert analysed == articles > 0
    # 1000: each annotation table a view of rows keyed by the article's analysis number
    assert keyed == [("claims",), ("entity_mentions",), ("quotes",), ("sentences",), ("timexes",)]
