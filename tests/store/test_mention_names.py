"""A smaller database (issue 19, migration 1002): a mention keeps its canonical name's number."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from old_schema import schema_before

from storyline.model import Article, EntityMention
from storyline.store.sqlite import SQLiteStore

named = importlib.import_module("storyline.store.migrations.1002_mention_names")

TEXT = "Ana Lima met Bo Chen in Lagos. Lima said Lagos would rebuild."


def _at(part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return start, start + len(part)


def _mentions() -> tuple[EntityMention, ...]:
    return (
        EntityMention(*_at("Ana Lima"), "Ana Lima", "PERSON", "Ana Lima", "Minister"),
        EntityMention(*_at("Bo Chen"), "Bo Chen", "PERSON", "Bo Chen"),
        EntityMention(*_at("Lagos"), "Lagos", "GPE", "Lagos"),
        EntityMention(*_at("Lima", 1), "Lima", "PERSON", "Ana Lima"),
        EntityMention(*_at("Lagos", 1), "Lagos", "GPE", None),  # no canonical name
    )


def _article(aid: str, published: str) -> Article:
    return Article(
        id=aid,
        text=TEXT,
        title=aid,
        published=published,
        content_hash=aid,
        entities=_mentions(),
    )


def _old_store(path: Path) -> None:
    """A database with every migration before 1002 and two articles' mentions written
    through the view as it was (the canonical name as text in every row)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    schema_before(conn, "1002")
    for aid in ("a1", "a2"):
        conn.execute(
            "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES (?, ?, ?, 'x')",
            (aid, TEXT, aid),
        )
        for idx, m in enumerate(_mentions()):
            conn.execute(
                'INSERT INTO entity_mentions (article_id, idx, start, "end", text, label, '
                "canonical, role) VALUES (?, ?, ?, ?, '', ?, ?, ?)",
                (aid, idx, m.start, m.end, m.label, m.canonical, m.role),
            )
    conn.close()


def _rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute("SELECT * FROM entity_mentions ORDER BY article_id, idx").fetchall()


def test_an_older_store_migrates_without_loss_and_keeps_each_name_once(tmp_path: Path) -> None:
    _old_store(tmp_path / "old.db")
    conn = sqlite3.connect(tmp_path / "old.db")
    before = _rows(conn)
    conn.close()
    store = SQLiteStore(tmp_path / "old.db")  # migrations run on open
    assert _rows(store.conn) == before
    assert [row[6] for row in before[:5]] == ["Ana Lima", "Bo Chen", "Lagos", "Ana Lima", None]
    stored = store.conn.execute(
        "SELECT DISTINCT typeof(canonical) FROM entity_mentions_rows"
    ).fetchall()
    assert stored == [("integer",)]
    names = store.conn.execute(f"SELECT id, name FROM {named.NAMES} ORDER BY id").fetchall()
    assert names[0] == (0, None)
    assert sorted(str(n) for _, n in names[1:]) == ["Ana Lima", "Bo Chen", "Lagos"]
    assert store.get_article("a1") is not None
    store.close()


def test_migrating_again_changes_nothing(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    store.put_article(_article("a1", "2024-05-06"))
    before = _rows(store.conn)
    named.migrate(store.conn)
    assert _rows(store.conn) == before
    store.close()


def test_writes_through_the_view_add_update_and_delete_names(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    store.put_article(_article("a1", "2024-05-06"))
    got = store.get_article("a1")
    assert got is not None and got.entities == _mentions()
    conn = store.conn
    conn.execute("UPDATE entity_mentions SET canonical = 'Bo Chen (Lagos)' WHERE idx = 1")
    conn.execute("UPDATE entity_mentions SET canonical = NULL WHERE idx = 2")
    conn.execute("UPDATE entity_mentions SET canonical = 7 WHERE idx = 4")  # as TEXT kept it
    shown = conn.execute("SELECT canonical FROM entity_mentions ORDER BY idx").fetchall()
    assert shown == [("Ana Lima",), ("Bo Chen (Lagos)",), (None,), ("Ana Lima",), ("7",)]
    conn.execute("DELETE FROM entity_mentions WHERE idx = 0")
    assert conn.execute("SELECT count(*) FROM entity_mentions").fetchone() == (4,)
    assert conn.execute("SELECT count(*) FROM entity_mentions_rows").fetchone() == (4,)
    store.close()


def test_lookups_by_name_start_from_the_name_and_use_the_canonical_index(
    tmp_path: Path,
) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    store.put_article(_article("a1", "2024-05-06"))
    store.put_article(_article("a2", "2024-05-07"))
    assert [(d.day, d.count) for d in store.page_reads().mention_days(["Ana Lima"])] == [
        ("2024-05-06", 2),
        ("2024-05-07", 2),
    ]
    assert [(d.day, d.count) for d in store.page_reads().mention_days(["Nobody"])] == []
    for sql, args in (
        (
            "SELECT substr(a.published, 1, 10), count(*) FROM entity_mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.canonical IN (?) "
            "AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1",
            ("Ana Lima",),
        ),
        (
            "SELECT sm.story_id, count(DISTINCT m.article_id) FROM entity_mentions m "
            "JOIN story_members sm ON sm.article_id = m.article_id WHERE m.canonical IN (?, ?) "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            ("Ana Lima", "Lagos", 5),
        ),
    ):
        plan = [str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args)]
        assert plan[0].startswith("SEARCH n USING COVERING INDEX sqlite_autoindex_canonical")
        assert plan[1] == "SEARCH r USING COVERING INDEX entity_mentions_canonical (canonical=?)"
    store.close()
