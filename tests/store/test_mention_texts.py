"""A smaller database (issue 19): entity mention rows keep '' for text that is the slice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyline.model import Article, EntityMention
from storyline.store.sqlite import SQLiteStore

FIRST = "« Ça ira » 🙂 said Zoë Brand in Oslo. Brand left."
SECOND = "Oslo police said Brand had gone home."


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _article(aid: str, text: str, published: str) -> Article:
    mentions = []
    for part, label, nth in (
        ("Zoë Brand", "PERSON", 0),
        ("Oslo", "GPE", 0),
        ("Brand", "PERSON", 1),
    ):
        if text.count(part) > nth:
            start, end = _at(text, part, nth)
            mentions.append(
                EntityMention(start, end, part, label, "Zoë Brand" if "Brand" in part else None)
            )
    start, end = _at(text, "Oslo")
    # a mention whose text was tidied (not the slice) is kept whole
    mentions.append(EntityMention(start, end, "OSLO", "GPE", None, None))
    return Article(
        id=aid,
        text=text,
        title=aid,
        published=published,
        content_hash=aid,
        entities=tuple(mentions),
    )


def _store(tmp_path: Path) -> SQLiteStore:
    store = SQLiteStore(tmp_path / "m.db")
    store.put_article(_article("a1", FIRST, "2024-05-06"))
    store.put_article(_article("a2", SECOND, "2024-05-07"))
    return store


def test_mention_rows_keep_no_copy_and_read_back_unchanged(tmp_path: Path) -> None:
    store = _store(tmp_path)
    stored = store.conn.execute(
        "SELECT article_id, text FROM entity_mentions ORDER BY article_id, idx"
    ).fetchall()
    assert stored == [
        ("a1", ""),
        ("a1", ""),
        ("a1", ""),
        ("a1", "OSLO"),
        ("a2", ""),
        ("a2", "OSLO"),
    ]
    assert store.get_article("a1") == _article("a1", FIRST, "2024-05-06")
    assert store.get_article("a2") == _article("a2", SECOND, "2024-05-07")
    # the corpus-wide read (entity list rebuild) takes each article's slice, not another's
    listed = [(m.text, m.label) for m in store.iter_entity_mentions()]
    assert listed == [
        ("Zoë Brand", "PERSON"),
        ("Oslo", "GPE"),
        ("Brand", "PERSON"),
        ("OSLO", "GPE"),
        ("Oslo", "GPE"),
        ("OSLO", "GPE"),
    ]
    store.close()


def test_a_store_written_before_0602_migrates_without_loss(tmp_path: Path) -> None:
    store = _store(tmp_path)
    before = [store.get_article("a1"), store.get_article("a2")]
    before_listed = list(store.iter_entity_mentions())
    store.close()
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    # as the old writer left it: every mention's text in full
    conn.execute(
        "UPDATE entity_mentions SET text = substr((SELECT a.text FROM articles a "
        "WHERE a.id = entity_mentions.article_id), start + 1, \"end\" - start) WHERE text = ''"
    )
    conn.execute("DELETE FROM schema_migrations WHERE name = '0602_mention_texts'")
    assert conn.execute("SELECT count(*) FROM entity_mentions WHERE text = ''").fetchone() == (0,)
    conn.close()
    store = SQLiteStore(tmp_path / "m.db")  # migrations run on open
    texts = store.conn.execute("SELECT text FROM entity_mentions ORDER BY article_id, idx")
    assert [t for (t,) in texts] == ["", "", "", "OSLO", "", "OSLO"]
    assert [store.get_article("a1"), store.get_article("a2")] == before
    assert list(store.iter_entity_mentions()) == before_listed
    store.close()
