"""Migration 1001 (issue 19): stores written before it lose the maps of merged stories.

A store as main's schema left it is every migration but 1001, with a merged story still
holding its term, entity, outlet and name maps; applying the migrations again empties
those and leaves the active story's maps, and every other column, as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from storyline.corpus.stories import MergeRecord, StoryRepository, StoryState
from storyline.store.migrate import apply_migrations
from storyline.store.pg_migrate import apply_pg_migrations
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

_MAPS = "SELECT id, terms, entities, outlets, names, title, count FROM stories ORDER BY id"
_NAME = "1001_merged_story_maps"


def _two_stories_one_merged(repo: StoryRepository, conn: Any) -> None:
    """Two stories with maps, the first merged into the second, written the way the
    stores did before 1001 (the merged one's maps put back as they were)."""
    for sid in ("s-1", "s-2"):
        repo.add_story(
            StoryState(
                id=sid,
                key=repo.next_key(),
                vector_sum=np.ones(4, dtype=np.float32),
                count=1,
                terms={"flood": 1.5},
                entities={"e:river": 1},
                outlets={"X": 1},
                names={"almsbury": 1.0},
                title=f"Story {sid}",
            )
        )
    repo.record_merge(MergeRecord("s-1", "s-2", 0.9, repo.next_seq()))
    conn.execute(
        "UPDATE stories SET terms = '{\"flood\":1.5}', entities = '{\"e:river\":1}', "
        "outlets = '{\"X\":1}', names = '{\"almsbury\":1.0}' WHERE id = 's-1'"
    )


_BEFORE = [
    ("s-1", '{"flood":1.5}', '{"e:river":1}', '{"X":1}', '{"almsbury":1.0}', "Story s-1", 1),
    ("s-2", '{"flood":1.5}', '{"e:river":1}', '{"X":1}', '{"almsbury":1.0}', "Story s-2", 1),
]
_AFTER = [
    ("s-1", "{}", "{}", "{}", "{}", "Story s-1", 1),
    ("s-2", '{"flood":1.5}', '{"e:river":1}', '{"X":1}', '{"almsbury":1.0}', "Story s-2", 1),
]


def test_sqlite_store_from_before_1001_drops_merged_maps(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "old.db") as store:
        conn = store.conn
        conn.execute("DELETE FROM schema_migrations WHERE name = ?", (_NAME,))
        _two_stories_one_merged(store.stories(), conn)
        assert [tuple(r) for r in conn.execute(_MAPS)] == _BEFORE
        apply_migrations(conn)
        assert [tuple(r) for r in conn.execute(_MAPS)] == _AFTER
        assert store.stories().resolve("s-1") == "s-2"
        applied = conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (_NAME,))
        assert applied.fetchone() is not None


def test_postgres_store_from_before_1001_drops_merged_maps(pg_url: str) -> None:
    import psycopg

    store = PostgresStore(pg_url)
    try:
        with psycopg.connect(pg_url, autocommit=True) as raw:
            raw.execute("DELETE FROM schema_migrations WHERE name = %s", (_NAME,))
            _two_stories_one_merged(store.stories(), raw)
            assert [tuple(r) for r in raw.execute(_MAPS)] == _BEFORE
            assert apply_pg_migrations(raw) == [_NAME]
            assert [tuple(r) for r in raw.execute(_MAPS)] == _AFTER
        assert store.stories().resolve("s-1") == "s-2"
    finally:
        store.close()
