"""A story page's parts are built once per version of the story and read back after that."""

from __future__ import annotations

import shutil
from pathlib import Path

from web_store import WebStore, join_story

from storyline.engine import Storyline
from storyline.query import story_parts, story_timeline
from storyline.query.story_parts import bounded


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
        assert key == "story:s-flood"
        # what is read back is the record that was stored
        assert story_timeline(engine, "s-flood") == first
        text = "Floods reached the Tarnwick bridge on Saturday as the water rose again."
        join_story(engine.store, "s-flood", "h:late", text, "2024-05-05")
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


def test_a_stored_copy_of_another_shape_is_built_again(web_store: WebStore, tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    shutil.copy(web_store.path, path)
    with Storyline(path) as engine:
        first = story_parts(engine, "s-flood")
        engine.store.conn.execute("UPDATE page_cache SET payload = '{\"timeline\": 1}'")
        assert story_parts(engine, "s-flood") == first


def test_pages_carry_the_first_of_each_part_and_its_total(engine: Storyline) -> None:
    parts = story_parts(engine, "s-flood")
    assert (parts.series, parts.speakers) == (1, 2)
    limits = {"series": 1, "points": 2, "speakers": 1, "quotes": 0, "flags": 0}
    claims, quotes, outlets = bounded(parts.claims, parts.quotes, parts.outlets, limits)
    (series,) = claims.series
    assert [p.value for p in series.points] == [12.0, 15.0] and series.total == 3
    ((speaker),) = quotes
    assert speaker.quotes == () and speaker.total == 1
    flagged = [o for o in outlets if o.total_flags]
    # the one stored flag (the story's review raises none on its rising toll)
    assert [(o.outlet, o.flags, o.total_flags) for o in flagged] == [("southwire.example", (), 1)]


def test_the_lean_read_gives_the_timeline_of_storyline_timeline(engine: Storyline) -> None:
    from storyline.corpus.timeline import build_timeline
    from storyline.query.access import page_reads
    from storyline.query.timeline import STORY_TIMELINE

    lean = page_reads(engine).story_timeline_articles("s-flood")
    full = engine.story_articles("s-flood")
    assert [a.id for a in lean] == [a.id for a in full]
    assert build_timeline(lean, STORY_TIMELINE) == build_timeline(full, STORY_TIMELINE)
