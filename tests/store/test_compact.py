"""A smaller database (issue 19): clustered annotation tables, half-float embeddings."""

from __future__ import annotations

import sqlite3
import struct
from array import array
from pathlib import Path

import pytest

from storyline.model import Article, Claim, EntityMention, Sentence
from storyline.store.migrate import apply_migrations, migration_scripts
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_rows import decode_embedding, encode_embedding

TEXT = "Officials said 12 people died in Lagos on Monday. Rescue work goes on."


def _article() -> Article:
    return Article(
        id="a1",
        text=TEXT,
        title="Flood",
        published="2024-05-06",
        content_hash="c1",
        sentences=(Sentence(0, 49, "2024-05-06", "published"), Sentence(50, 70)),
        entities=(EntityMention(32, 37, "Lagos", "GPE", "Lagos"),),
        claims=(Claim(15, 31, "12 people died", 12.0, "exact", "people", "killed"),),
        embedding=(0.5, -0.25, 0.125),
    )


def _schema_before_0600(path: Path) -> sqlite3.Connection:
    """A database as the migrations before 0600 left it, plus a column another
    helper's earlier migration might have added to an annotation table."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, sql in migration_scripts():
        if name < "0600":
            conn.executescript(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (name,))
    conn.execute("ALTER TABLE claims ADD COLUMN extra TEXT")
    conn.execute("CREATE INDEX claims_extra ON claims(extra)")
    return conn


def _definition(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else ""


def test_migration_clusters_annotation_tables_and_keeps_every_row(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = _schema_before_0600(db)
    conn.execute(
        "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a1', ?, 'c1', 'x')",
        (TEXT,),
    )
    conn.execute("INSERT INTO sentences VALUES ('a1', 0, 0, 49, '2024-05-06', 'published')")
    conn.execute(
        'INSERT INTO claims (article_id, idx, start, "end", text, value, qualifier, category, '
        "extra) VALUES ('a1', 0, 15, 31, '12 people died', 12, 'exact', 'killed', 'kept')"
    )
    assert "0600_compact_annotations" in apply_migrations(conn)
    for table in ("entity_mentions", "timexes", "quotes", "claims"):
        assert _definition(conn, table).rstrip().upper().endswith("WITHOUT ROWID"), table
        assert conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name = ?", (f"sqlite_autoindex_{table}_1",)
        ).fetchone() == (0,)
    # sentences keep their rowid: the web pages read the highest one as a version; flags
    # keep theirs: it orders the store's flag list newest first
    assert conn.execute("SELECT max(rowid) FROM sentences").fetchone() == (1,)
    assert not _definition(conn, "flags").rstrip().upper().endswith("WITHOUT ROWID")
    assert conn.execute("SELECT extra FROM claims").fetchall() == [("kept",)]
    assert _definition(conn, "claims_extra") and _definition(conn, "entity_mentions_canonical")
    assert not _definition(conn, "sentences_date") and not _definition(conn, "timexes_value")
    assert conn.execute("SELECT date FROM sentences").fetchall() == [("2024-05-06",)]
    assert apply_migrations(conn) == []  # recorded: never run twice
    conn.close()


def test_articles_round_trip_through_the_clustered_tables(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "new.db") as store:
        store.put_article(_article())
        got = store.get_article("a1")
    assert got is not None
    assert got.sentences == _article().sentences
    assert got.entities == _article().entities and got.claims == _article().claims
    assert got.embedding == (0.5, -0.25, 0.125)  # exactly representable in half floats


def test_embedding_is_stored_in_half_floats_and_read_back_close() -> None:
    vector = tuple((-1) ** i * (i + 1) / 997 for i in range(384))
    blob = encode_embedding(vector)
    assert len(blob) == 1 + 2 * 384
    back = decode_embedding(blob)
    assert len(back) == 384
    assert max(abs(a - b) for a, b in zip(vector, back, strict=True)) < 5e-4


def test_float32_blobs_written_before_still_read() -> None:
    vector = (0.1, -0.2, 0.3, 0.4)
    old = array("f", vector).tobytes()
    assert decode_embedding(old) == pytest.approx(vector, abs=1e-7)


def test_values_half_floats_cannot_hold_are_kept_as_float32() -> None:
    vector = (1e6, 0.5)
    blob = encode_embedding(vector)
    assert len(blob) == 8
    assert decode_embedding(blob) == (1e6, 0.5)
    assert struct.unpack("<2f", blob) == (1e6, 0.5)
