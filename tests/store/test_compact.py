"""A smaller database (issue 19): clustered annotation tables, half-float embeddings."""

from __future__ import annotations

import sqlite3
import struct
from array import array
from pathlib import Path

import pytest

from storyline.model import Article, Claim, EntityMention, Quote, Sentence, Speaker
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


def _clustered(conn: sqlite3.Connection, table: str) -> bool:
    """Whether a table's rows are clustered on their key: the table itself (0600, 0603),
    or since 1000 the rows table behind its view."""
    rows = _definition(conn, f"{table}_rows") or _definition(conn, table)
    return rows.rstrip().upper().endswith("WITHOUT ROWID")


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
        assert _clustered(conn, table), table
        assert conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name = ?", (f"sqlite_autoindex_{table}_1",)
        ).fetchone() == (0,)
    # sentences too since 0603 (the pages' version of an analysis is article_analyses);
    # flags keep their rowid: it orders the store's flag list newest first
    assert _clustered(conn, "sentences")
    assert conn.execute("SELECT article_id FROM article_analyses").fetchall() == [("a1",)]
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


def test_embedding_is_stored_in_one_byte_a_dimension_and_read_back_close() -> None:
    vector = tuple((-1) ** i * (i + 1) / 997 for i in range(384))
    blob = encode_embedding(vector)
    assert len(blob) == 1 + 4 + 384
    back = decode_embedding(blob)
    assert len(back) == 384
    top = max(abs(x) for x in vector)
    # within half a step of 1/127 of the largest value, whose sign and size are kept
    assert max(abs(a - b) for a, b in zip(vector, back, strict=True)) <= top / 254 * 1.0001
    assert back[383] == pytest.approx(vector[383], rel=1e-6)
    step = top / 127
    assert all((a > 0) == (b > 0) for a, b in zip(vector, back, strict=True) if abs(a) > step)


def _steps_one_by_one(vector: tuple[float, ...]) -> bytes:
    """The one-byte blob as the format defines it, value by value: scale = the largest |x|
    / 127 as a float32, each value round(x / scale) (half to even), kept within 127."""
    scale = array("f", [max(abs(x) for x in vector) / 127])[0]
    steps = [max(-127, min(127, round(x / scale))) for x in vector]
    return bytes([2]) + struct.pack(f"<f{len(vector)}b", scale, *steps)


def test_the_one_byte_blob_is_the_formats_value_by_value() -> None:
    # written with arrays (not a Python loop over the dimensions); the bytes are the same,
    # ties (a value exactly half a step from two) included
    ties = tuple((-1) ** i * (i % 255) / 2 for i in range(384))
    wide = tuple(((i * 7919) % 2001 - 1000) / 1000.3 for i in range(384))
    tiny = tuple((i - 191.5) * 1e-7 for i in range(384))
    for vector in (ties, wide, tiny, (1.0, -1.0), (3e-39, 1.0)):
        assert encode_embedding(vector) == _steps_one_by_one(vector)


def test_a_vector_of_zeros_and_an_odd_length_vector_read_back() -> None:
    assert decode_embedding(encode_embedding((0.0, 0.0))) == (0.0, 0.0)
    odd = (0.5, -0.25, 0.125)
    blob = encode_embedding(odd)
    assert len(blob) == 1 + 2 * 3  # half floats: exact for these values
    assert decode_embedding(blob) == odd


def test_half_float_and_float32_blobs_written_before_still_read() -> None:
    vector = (0.1, -0.2, 0.3, 0.4)
    old = array("f", vector).tobytes()
    assert decode_embedding(old) == pytest.approx(vector, abs=1e-7)
    half = bytes([1]) + struct.pack("<4e", *vector)
    assert decode_embedding(half) == pytest.approx(vector, abs=5e-4)


def test_values_neither_format_can_hold_are_kept_as_float32() -> None:
    vector = (1e6, 0.5, -3.0)  # odd length and beyond half floats
    blob = encode_embedding(vector)
    assert len(blob) == 12
    assert decode_embedding(blob) == (1e6, 0.5, -3.0)
    assert struct.unpack("<3f", blob) == (1e6, 0.5, -3.0)
    assert len(encode_embedding((float("nan"), 1.0))) == 8
    assert len(encode_embedding((1e300, 1.0))) == 8  # its scale beyond float32: as before


def test_0603_numbers_analyses_in_the_order_their_sentences_were_written(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, sql in migration_scripts():
        if name < "0603":
            conn.executescript(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (name,))
    conn.execute("INSERT INTO schema_migrations VALUES ('0600_compact_annotations', 'then')")
    for aid in ("a1", "a2", "a3"):
        conn.execute(
            "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES (?, ?, ?, 'x')",
            (aid, TEXT, aid),
        )
    # a1 analysed again after a2 (its sentences have the highest rowids); a3 has none
    conn.execute("INSERT INTO sentences VALUES ('a1', 0, 0, 49, NULL, 'none')")
    conn.execute("INSERT INTO sentences VALUES ('a2', 0, 0, 49, NULL, 'none')")
    conn.execute("DELETE FROM sentences WHERE article_id = 'a1'")
    conn.execute("INSERT INTO sentences VALUES ('a1', 0, 0, 49, '2024-05-06', 'published')")
    conn.execute("INSERT INTO sentences VALUES ('a1', 1, 50, 70, NULL, 'none')")
    assert "0603_clustered_sentences" in apply_migrations(conn)
    order = conn.execute("SELECT article_id FROM article_analyses ORDER BY seq").fetchall()
    assert order == [("a3",), ("a2",), ("a1",)]
    assert _clustered(conn, "sentences")
    assert conn.execute("SELECT * FROM sentences ORDER BY article_id, idx").fetchall() == [
        ("a1", 0, 0, 49, "2024-05-06", "published"),
        ("a1", 1, 50, 70, None, "none"),
        ("a2", 0, 0, 49, None, "none"),
    ]
    conn.close()


def _with_story(store: SQLiteStore, *article_ids: str) -> None:
    store.conn.execute(
        "INSERT INTO stories (id, key, vector_sum, created_at) VALUES ('s1', 1, x'00', 'x')"
    )
    for n, aid in enumerate(article_ids):
        store.conn.execute(
            "INSERT INTO story_members (article_id, story_id, seq) VALUES (?, 's1', ?)", (aid, n)
        )


def test_the_story_version_changes_when_a_member_is_analysed_again(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "new.db") as store:
        store.put_article(_article())
        store.put_article(Article(id="a2", text=TEXT, content_hash="c2"))
        _with_story(store, "a1")
        pages = store.page_reads()
        first = pages.story_version("s1")
        assert pages.story_version("s1") == first  # reading changes nothing
        store.put_article(Article(id="a3", text=TEXT, content_hash="c3"))  # not a member
        assert pages.story_version("s1") == first
        store.put_article(_article())  # the member analysed again, same annotations
        second = pages.story_version("s1")
        assert second != first
        store.update_article(Article(id="a1", text=TEXT + " More.", content_hash="c4"))
        assert pages.story_version("s1") not in (first, second)


def test_quotes_by_speaker_text_are_found_through_the_smaller_index(tmp_path: Path) -> None:
    text = "« We will rebuild », said Ana Lima. « Soon », the mayor said."
    quotes = (
        Quote(2, 16, "We will rebuild", "direct", "said", Speaker("Ana Lima", 26, 34)),
        Quote(38, 42, "Soon", "direct", "said", Speaker("the mayor", 45, 54, "Ana Lima")),
    )
    with SQLiteStore(tmp_path / "q.db") as store:
        store.put_article(Article(id="a1", text=text, content_hash="c1", quotes=quotes))
        (definition,) = store.conn.execute(
            "SELECT sql FROM sqlite_schema WHERE name = 'quotes_speaker_text'"
        ).fetchone()
        assert "speaker_canonical IS NULL" in definition
        # only the quote without a canonical speaker is in it
        rows = store.conn.execute(
            "SELECT idx FROM quotes_rows INDEXED BY quotes_speaker_text "
            "WHERE speaker_canonical IS NULL AND speaker_text IN ('Ana Lima')"
        ).fetchall()
        assert rows == [(0,)]
        found = store.page_reads().speaker_quotes(["Ana Lima"], 5)
        assert [q.text for _, q in found] == ["We will rebuild", "Soon"]


def test_claims_have_no_category_index_and_are_read_by_article(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "c.db") as store:
        store.put_article(_article())
        assert not _definition(store.conn, "claims_category")
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE article_id = 'a1' ORDER BY idx"
        ).fetchall()
        # through the view (1000): the article's number, then a range of its rows
        assert any("SEARCH r USING PRIMARY KEY" in str(row[-1]) for row in plan), plan
        got = store.get_article("a1")
        assert got is not None and got.claims == _article().claims
