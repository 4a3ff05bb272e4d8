"""A smaller database (issue 19, migration 1000): annotation rows keyed by an analysis number."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import pytest
from old_schema import schema_before

from storyline.model import Article, Claim, EntityMention, Quote, Sentence, Speaker, Timex
from storyline.store.migrate import apply_migrations
from storyline.store.sqlite import SQLiteStore

keyed = importlib.import_module("storyline.store.migrations.1000_keyed_annotations")

TEXT = "Ana Lima said « we rebuild » on Monday. Officials said 12 people died in Lagos."


def _at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _article(aid: str = "a1", content_hash: str = "c1") -> Article:
    return Article(
        id=aid,
        text=TEXT,
        title="Flood",
        published="2024-05-06",
        content_hash=content_hash,
        sentences=(Sentence(0, 39, "2024-05-06", "published"), Sentence(40, 79)),
        entities=(EntityMention(*_at("Ana Lima"), "Ana Lima", "PERSON", "Ana Lima"),),
        timexes=(Timex(*_at("Monday"), "Monday", "DATE", "2024-05-06"),),
        quotes=(
            Quote(*_at("we rebuild"), "we rebuild", "direct", "said", Speaker("Ana Lima", 0, 8)),
        ),
        claims=(
            Claim(*_at("12 people died"), "12 people died", 12.0, "exact", "people", "killed"),
        ),
    )


def _old_store(path: Path) -> sqlite3.Connection:
    """A database with every migration before 1000 and rows written as before it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    schema_before(conn, "1000")
    for aid in ("a1", "a2"):
        conn.execute(
            "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES (?, ?, ?, 'x')",
            (aid, TEXT, aid),
        )
    conn.execute("INSERT INTO article_analyses (article_id) VALUES ('a2')")  # a1 has none
    conn.execute("INSERT INTO sentences VALUES ('a1', 0, 0, 39, '2024-05-06', 'published')")
    conn.execute("INSERT INTO sentences VALUES ('a2', 0, 0, 39, NULL, 'none')")
    conn.execute("INSERT INTO sentences VALUES ('a2', 1, 40, 79, NULL, 'none')")
    conn.execute(
        'INSERT INTO entity_mentions (article_id, idx, start, "end", text, label, canonical) '
        "VALUES ('a2', 0, 0, 8, '', 'PERSON', 'Ana Lima')"
    )
    return conn


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: conn.execute(f"SELECT * FROM {t} ORDER BY article_id, idx").fetchall()
        for t in keyed.KEYED_TABLES
    }


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def test_migration_moves_every_row_and_keeps_columns_order_and_indexes(tmp_path: Path) -> None:
    conn = _old_store(tmp_path / "old.db")
    before, columns = _dump(conn), {t: _columns(conn, t) for t in keyed.KEYED_TABLES}
    applied = apply_migrations(conn)  # 1000 first, then any later one
    assert applied[0] == "1000_keyed_annotations" and all(n > "1000" for n in applied[1:])
    assert _dump(conn) == before
    for table in keyed.KEYED_TABLES:
        assert _columns(conn, table) == columns[table]  # SELECT * reads as it did
        kind = conn.execute("SELECT type FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
        assert kind == ("view",)
        assert _columns(conn, f"{table}_rows")[0] == "analysis"
    # the article without an analysis number got one; its rows are keyed by it
    numbers = dict(conn.execute("SELECT article_id, seq FROM article_analyses").fetchall())
    assert set(numbers) == {"a1", "a2"}
    assert conn.execute(
        "SELECT analysis FROM sentences_rows WHERE idx = 0 ORDER BY 1"
    ).fetchall() == [
        (numbers["a2"],),
        (numbers["a1"],),
    ]
    # indexes moved to the rows tables; found by the same queries
    for index, table in (
        ("entity_mentions_canonical", "entity_mentions_rows"),
        ("quotes_speaker", "quotes_rows"),
        ("quotes_speaker_text", "quotes_rows"),
    ):
        row = conn.execute("SELECT tbl_name FROM sqlite_schema WHERE name = ?", (index,)).fetchone()
        assert row == (table,), index
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT article_id FROM entity_mentions WHERE canonical = 'Ana Lima'"
    ).fetchall()
    assert any("entity_mentions_canonical" in str(r[-1]) for r in plan)
    assert conn.execute(
        "SELECT article_id FROM entity_mentions WHERE canonical = 'Ana Lima'"
    ).fetchall() == [("a2",)]
    assert apply_migrations(conn) == []
    conn.close()


def test_a_row_naming_no_article_stops_the_migration_and_nothing_is_lost(tmp_path: Path) -> None:
    conn = _old_store(tmp_path / "old.db")
    conn.execute("PRAGMA foreign_keys=OFF")  # an orphan only a damaged file could hold
    conn.execute("INSERT INTO sentences VALUES ('gone', 0, 0, 5, NULL, 'none')")
    conn.execute("PRAGMA foreign_keys=ON")
    before = _dump(conn)
    with pytest.raises(sqlite3.DatabaseError, match="name no stored article"):
        apply_migrations(conn)
    assert _dump(conn) == before  # rolled back: the tables as they were
    kind = conn.execute("SELECT type FROM sqlite_schema WHERE name = 'sentences'").fetchone()
    assert kind == ("table",)
    conn.close()


def test_writes_through_the_views_insert_update_and_delete(tmp_path: Path) -> None:
    conn = _old_store(tmp_path / "old.db")
    apply_migrations(conn)
    conn.execute(
        'INSERT INTO timexes (article_id, idx, start, "end", text, type, value) '
        "VALUES ('a1', 0, 1, 2, '', 'DATE', '2024')"
    )
    conn.execute("UPDATE timexes SET value = '2025' WHERE article_id = 'a1' AND idx = 0")
    assert conn.execute("SELECT article_id, value FROM timexes").fetchall() == [("a1", "2025")]
    conn.execute("DELETE FROM sentences WHERE article_id = 'a2'")
    assert conn.execute("SELECT article_id FROM sentences").fetchall() == [("a1",)]
    with pytest.raises(sqlite3.IntegrityError):  # as before: rows need a stored article
        conn.execute("INSERT INTO sentences VALUES ('gone', 0, 0, 5, NULL, 'none')")
    conn.execute("DELETE FROM articles WHERE id = 'a1'")  # cascades to its rows
    for table in keyed.KEYED_TABLES:
        assert conn.execute(
            f"SELECT count(*) FROM {table}_rows r JOIN article_analyses x "
            "ON x.seq = r.analysis WHERE x.article_id = 'a1'"
        ).fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM timexes_rows").fetchone() == (0,)
    conn.close()


def test_an_article_analysed_again_gets_a_higher_number_and_leaves_no_rows_behind(
    tmp_path: Path,
) -> None:
    with SQLiteStore(tmp_path / "new.db") as store:
        store.put_article(_article())
        store.put_article(_article("a2", "c2"))
        (first,) = store.conn.execute(
            "SELECT seq FROM article_analyses WHERE article_id = 'a1'"
        ).fetchone()
        store.put_article(_article())  # analysed again
        store.update_article(Article(id="a2", text=TEXT + " More.", content_hash="c3"))
        numbers = dict(store.conn.execute("SELECT article_id, seq FROM article_analyses"))
        assert numbers["a1"] > first and numbers["a2"] > numbers["a1"]
        for table in keyed.KEYED_TABLES:
            keys = store.conn.execute(f"SELECT DISTINCT analysis FROM {table}_rows").fetchall()
            assert keys == [(numbers["a1"],)], table  # a2's new version has no annotations
        got = store.get_article("a1")
    assert got is not None
    assert (got.sentences, got.entities, got.timexes, got.quotes, got.claims) == (
        _article().sentences,
        _article().entities,
        _article().timexes,
        _article().quotes,
        _article().claims,
    )


def test_rows_of_a_new_store_are_appended_in_key_order(tmp_path: Path) -> None:
    """Ids are hashes, random in order; the numbers grow, so each article's rows go at
    the end of the tree (pages filled, not split half full)."""
    with SQLiteStore(tmp_path / "new.db") as store:
        for aid in ("z9", "a1", "m5"):
            store.put_article(_article(aid, aid))
        order = store.conn.execute(
            "SELECT x.article_id FROM sentences_rows r JOIN article_analyses x "
            "ON x.seq = r.analysis WHERE r.idx = 0 ORDER BY r.analysis"
        ).fetchall()
    assert order == [("z9",), ("a1",), ("m5",)]


def test_coded_words_read_back_as_written_and_other_values_as_a_text_column_kept_them(
    tmp_path: Path,
) -> None:
    conn = _old_store(tmp_path / "old.db")
    apply_migrations(conn)
    insert = (
        'INSERT INTO timexes (article_id, idx, start, "end", text, type, value) '
        "VALUES ('a1', ?, 0, 1, '', ?, 'x')"
    )
    values: list[object] = [*keyed.CODED["timexes"]["type"], "DATE-ISH", "O'Neil", 7, 1.5]
    for n, value in enumerate(values):
        conn.execute(insert, (n, value))
    got = [r[0] for r in conn.execute("SELECT type FROM timexes WHERE article_id = 'a1'")]
    # a known word is stored as its number; anything else as TEXT affinity kept it
    assert got == ["DATE", "TIME", "DURATION", "SET", "DATE-ISH", "O'Neil", "7", "1.5"]
    stored = [r[0] for r in conn.execute("SELECT type FROM timexes_rows ORDER BY idx")]
    assert stored == [0, 1, 2, 3, "DATE-ISH", "O'Neil", "7", "1.5"]
    assert conn.execute("SELECT count(*) FROM timexes WHERE type = 'SET'").fetchone() == (1,)
    conn.execute("UPDATE timexes SET type = 'TIME' WHERE article_id = 'a1' AND idx = 4")
    assert conn.execute("SELECT type FROM timexes_rows WHERE idx = 4").fetchone() == (1,)
    # a column with a default left out of an insert gets it, as it did in the table
    conn.execute(
        'INSERT INTO claims (article_id, idx, start, "end", text, value, qualifier, category) '
        "VALUES ('a1', 0, 0, 1, '', 3, 'about', 'killed')"
    )
    row = conn.execute("SELECT qualifier, category, change, certainty FROM claims").fetchone()
    assert row == ("about", "killed", "total", None)
    with pytest.raises(sqlite3.IntegrityError):  # NOT NULL without a default, as before
        conn.execute(
            "INSERT INTO sentences (article_id, idx, start, \"end\") VALUES ('a1', 5, 0, 1)"
        )
    conn.close()


def test_every_coded_word_of_a_stored_article_reads_back(tmp_path: Path) -> None:
    """Each word of each coded list, written by the store and read back by `get_article`."""
    speakers = keyed.CODED["quotes"]["speaker_resolution"]
    labels = keyed.CODED["entity_mentions"]["label"]
    categories = keyed.CODED["claims"]["category"]
    claims = keyed.CODED["claims"]
    article = Article(
        id="a1",
        text=TEXT,
        content_hash="c1",
        sentences=tuple(Sentence(0, 5, None, w) for w in ("timex", "published", "none")),  # type: ignore[arg-type]
        entities=tuple(EntityMention(0, 8, "Ana Lima", label) for label in (*labels, "NEW")),
        quotes=tuple(
            Quote(14, 24, "we rebuild", kind, None, Speaker("Ana Lima", 0, 8, None, True, how))  # type: ignore[arg-type]
            for kind in ("direct", "indirect")
            for how in (*speakers, None)
        ),
        claims=tuple(
            Claim(55, 69, "12 people died", 12.0, q, None, cat, change=ch, certainty=ce)  # type: ignore[arg-type]
            for q, cat, ch, ce in zip(
                [*claims["qualifier"]] * 3,
                [*categories, "new kind"] * 2,
                [*claims["change"]] * 3,
                ["confirmed", "suspected", None] * 6,
                strict=False,
            )
        ),
    )
    with SQLiteStore(tmp_path / "new.db") as store:
        store.put_article(article)
        got = store.get_article("a1")
    assert got is not None
    assert (got.sentences, got.entities, got.quotes, got.claims) == (
        article.sentences,
        article.entities,
        article.quotes,
        article.claims,
    )


def test_days_are_stored_as_numbers_and_every_other_date_as_written(tmp_path: Path) -> None:
    conn = _old_store(tmp_path / "old.db")
    apply_migrations(conn)
    values: list[object] = ["2024-05-06", "0012-01-09", "2024-05", "2024-W19", "PXD", "XXXX-05-06"]
    values += ["2024-5-6", " 2024-05-06", "2024-05-06T10:00", 20240506, None]
    for n, value in enumerate(values):
        conn.execute("INSERT INTO sentences VALUES ('a1', ?, 0, 1, ?, 'timex')", (n + 1, value))
    got = conn.execute(
        "SELECT date FROM sentences WHERE article_id = 'a1' AND idx > 0 ORDER BY idx"
    ).fetchall()
    assert [r[0] for r in got] == [*values[:9], "20240506", None]
    stored = conn.execute(
        "SELECT typeof(date) FROM sentences_rows r JOIN article_analyses x ON x.seq = r.analysis "
        "WHERE x.article_id = 'a1' AND idx > 0 ORDER BY idx"
    ).fetchall()
    assert [r[0] for r in stored] == ["integer", "integer", *["text"] * 8, "null"]
    conn.close()
