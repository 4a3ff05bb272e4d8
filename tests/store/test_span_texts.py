"""A smaller database (issue 19): span rows keep '' for text that is the article's slice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.model import Article, Claim, Quote, Sentence, Speaker, Timex
from storyline.store import migrate
from storyline.store.sql_span_rows import fill_spans
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_rows import (
    span_sql,
    span_text,
    stored_span_text,
)

TEXT = "« Ça ira » 🙂 said Zoë Brand on Monday. Officials said 12 people died in Oslo."


def _at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _article() -> Article:
    q0, q1 = _at("Ça ira")
    s0, s1 = _at("Zoë Brand")
    c0, c1 = _at("12 people died")
    t0, t1 = _at("Monday")
    return Article(
        id="a1",
        text=TEXT,
        title="Oslo",
        published="2024-05-06",
        content_hash="c1",
        sentences=(Sentence(0, 38, "2024-05-06", "published"),),
        timexes=(Timex(t0, t1, "Monday", "DATE", "2024-05-06"),),
        quotes=(
            Quote(q0, q1, "Ça ira", "direct", "said", Speaker("Zoë Brand", s0, s1, "Zoë Brand")),
            Quote(c0, c1, "twelve people died", "indirect"),  # tidied text: kept whole
        ),
        claims=(Claim(c0, c1, "12 people died", 12.0, "exact", "people", "killed"),),
    )


def test_only_an_exact_slice_is_stored_empty() -> None:
    assert stored_span_text("ira", "Ça ira", 3, 6) == ""
    assert stored_span_text("IRA", "Ça ira", 3, 6) == "IRA"
    assert stored_span_text("ira", "Ça ira", 3, 9) == "ira"  # past the end: kept
    assert stored_span_text("", "Ça ira", 3, 6) == ""
    assert span_text("", "Ça ira", 3, 6) == "ira"
    assert span_text("IRA", "Ça ira", 3, 6) == "IRA"
    assert span_text("", "Ça ira", 3, 3) == ""


def test_rows_keep_no_copy_and_read_back_unchanged(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    store.put_article(_article())
    stored = store.conn.execute("SELECT text FROM quotes ORDER BY idx").fetchall()
    assert stored == [("",), ("twelve people died",)]
    assert store.conn.execute("SELECT text FROM claims").fetchall() == [("",)]
    assert store.conn.execute("SELECT text FROM timexes").fetchall() == [("",)]
    assert store.get_article("a1") == _article()
    # the SQL form counts characters as Python does (accents, an emoji before the span)
    read = store.conn.execute(
        f"SELECT {span_sql('q', 'a')} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "ORDER BY q.idx"
    ).fetchall()
    assert read == [("Ça ira",), ("twelve people died",)]
    store.close()


def test_a_store_written_before_0601_migrates_without_loss(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    scripts, modules = migrate.migration_scripts, migrate.python_migrations
    with pytest.MonkeyPatch.context() as patch:  # the schema of before 0601
        patch.setattr(
            migrate,
            "migration_scripts",
            lambda suffix=".sql": [s for s in scripts(suffix) if s[0] < "0601"],
        )
        patch.setattr(migrate, "python_migrations", lambda: [m for m in modules() if m[0] < "0601"])
        store = SQLiteStore(db)
        store.put_article(_article())
        before = store.get_article("a1")
        store.close()
    conn = sqlite3.connect(db, isolation_level=None)
    # as the old writer left it: every span's text in full
    for table, column in (("quotes", "text"), ("claims", "text"), ("timexes", "text")):
        conn.execute(
            f"UPDATE {table} SET {column} = substr((SELECT text FROM articles), start + 1, "
            f"\"end\" - start) WHERE {column} = ''"
        )
    assert conn.execute("SELECT text FROM quotes ORDER BY idx").fetchall() == [
        ("Ça ira",),
        ("twelve people died",),
    ]
    conn.close()
    store = SQLiteStore(db)  # migrations run on open
    assert store.conn.execute("SELECT text FROM quotes ORDER BY idx").fetchall() == [
        ("",),
        ("twelve people died",),
    ]
    assert store.conn.execute("SELECT text FROM claims").fetchall() == [("",)]
    assert store.get_article("a1") == before == _article()
    index = store.conn.execute(
        "SELECT sql FROM sqlite_schema WHERE name = 'quotes_speaker'"
    ).fetchone()
    assert "WHERE speaker_canonical IS NOT NULL" in str(index[0])
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT idx FROM quotes WHERE speaker_canonical IN ('Zoë Brand')"
    ).fetchall()
    assert any("quotes_speaker" in str(row[-1]) for row in plan)
    store.close()


def test_span_reads_slice_each_body_once_in_python(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    store.put_article(_article())
    other = "Zoë said « fine » 🙂."
    store.put_article(Article(id="a2", text=other, content_hash="c2"))
    rows = [
        ("a1", "t", 0, 6, ""),  # the slice of a1
        ("a2", "t", 9, 15, ""),  # of a2: counted in characters, not bytes
        ("a1", "t", 0, 6, "kept"),  # a text of its own stays
        ("a1", "t", 3, 3, ""),  # an empty span stays empty
        ("gone", "t", 0, 4, ""),  # an article not found: nothing to slice, no failure
    ]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    got = fill_spans(store.conn, rows, 2)
    store.conn.set_trace_callback(None)
    assert [r[4] for r in got] == [TEXT[0:6], other[9:15], "kept", "", ""]
    assert other[9:15] == "« fine"
    assert len(statements) == 1  # one lookup for every body
    store.close()
