"""A story's timeline is built once per version of the story and read back after that."""

from __future__ import annotations

import shutil
from pathlib import Path

from web_store import WebStore

from storyline.corpus.stories.records import Membership
from storyline.engine import Storyline
from storyline.model import Article, Sentence
from storyline.query import story_timeline
from storyline.store.sqlite_stories import SQLiteStoryRepository


def _cache_rows(engine: Storyline) -> list[tuple[str, str]]:
    return engine.store.conn.execute("SELECT key, version FROM page_cache").fetchall()


def test_built_once_then_read_back_and_rebuilt_when_the_story_grows(
    web_store: WebStore, tmp_path: Path
) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(web_store.path, path)
    with Storyline(path) as engine:
        first = story_timeline(engine, "s-flood")
        ((key, version),) = _cache_rows(engine)
        assert key == "timeline:s-flood"
        # what is read back is the record that was stored
        assert story_timeline(engine, "s-flood") == first
        text = "Floods reached the Tarnwick bridge on Saturday as the water rose again."
        late = Article(
            id="h:late",
            text=text,
            published="2024-05-05",
            content_hash="late",
            sentences=(Sentence(0, len(text), "2024-05-05", "published"),),
        )
        engine.store.put_article(late)
        repo = SQLiteStoryRepository(engine.store)
        repo.add_member(Membership("h:late", "s-flood", repo.next_seq(), 0.9, "2024-05-05"))
        grown = story_timeline(engine, "s-flood")
        ((_, new_version),) = _cache_rows(engine)
    assert new_version != version
    assert grown != first


def test_a_read_only_database_still_answers(web_store: WebStore, tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    shutil.copy(web_store.path, path)
    with Storyline(path) as engine:
        engine.store.conn.execute("PRAGMA query_only = ON")
        view = story_timeline(engine, "s-flood")
    assert view.entries
