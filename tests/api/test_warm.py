"""The reviews and page parts of the latest stories are built in the background as the server
starts."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from fastapi.testclient import TestClient
from web_app import LOOPBACK
from web_store import WebStore

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_pages import SQLitePageReads


def _cached(db: Path) -> list[str]:
    with SQLiteStore(db) as store:
        return [str(r[0]) for r in store.conn.execute("SELECT key FROM page_cache")]


def test_latest_stories_are_ready_before_their_first_view(
    web_store: WebStore, tmp_path: Path
) -> None:
    db = tmp_path / "warm.db"
    shutil.copy(web_store.path, db)
    assert _cached(db) == []
    app = create_app(ServerSettings(db=str(db), warm_stories=1))
    with TestClient(app, base_url=LOOPBACK):
        for _ in range(100):
            if "story-articles:s-flood" in _cached(db):  # written last
                break
            time.sleep(0.1)
    with SQLiteStore(db) as store:
        members = [a.id for a in SQLitePageReads(store).story_articles("s-flood", 100)[0]]
    # the story's parts and its articles' (those of the story merged into it too);
    # the market story is not the latest
    assert members
    expected = {"story:s-flood", "story-articles:s-flood", *(f"article:{m}" for m in members)}
    assert set(_cached(db)) == expected
    with SQLiteStore(db) as store:
        reviewed = [str(r[0]) for r in store.conn.execute("SELECT story_id FROM review_stories")]
    assert reviewed == ["s-flood"]
