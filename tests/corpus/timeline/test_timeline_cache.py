"""The analysis cache: a collection read twice is analysed once; a broken cache is only a note."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from storyline.corpus.timeline.cache import (
    CACHE_FILE,
    DEFAULT_MAX_BYTES,
    STALE_AFTER,
    AnalysisCache,
    analysis_version,
)
from storyline.corpus.timeline.collection import read_collection
from storyline.model import Article


def _lines(articles: list[Article], id_prefix: str = "") -> list[str]:
    return [
        json.dumps({"id": id_prefix + a.id, "text": a.text, "published": a.published})
        for a in articles
    ]


def _rows(directory: Path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(directory / CACHE_FILE) as db:
        return [(str(k), bytes(b)) for k, b in db.execute("SELECT key, body FROM analysed")]


def test_second_read_comes_from_the_cache(tmp_path: Path, demo_raw: list[Article]) -> None:
    lines = _lines(demo_raw)
    first = read_collection(lines, cache_dir=tmp_path)
    assert not first.notes and not first.errors
    rows = _rows(tmp_path)
    assert len(rows) == len(demo_raw)

    # Tamper with one stored analysis: only a read served by the cache can see it.
    key, body = rows[0]
    record = json.loads(zlib.decompress(body))
    record["sentences"] = record["sentences"][:1]
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute(
            "UPDATE analysed SET body = ? WHERE key = ?",
            (zlib.compress(json.dumps(record).encode()), key),
        )
    second = read_collection(lines, cache_dir=tmp_path)
    assert sorted(len(a.sentences) for a in second.articles).count(1) >= 1
    untouched = [a for a in second.articles if len(a.sentences) > 1]
    assert len(untouched) == len(demo_raw) - 1
    by_id = {a.id: a for a in first.articles}
    for a in untouched:
        assert a == by_id[a.id]
        assert {"sentences", "timexes"} <= a.annotated


def test_same_text_under_another_id_hits_and_keeps_its_id(
    tmp_path: Path, demo_raw: list[Article]
) -> None:
    read_collection(_lines(demo_raw[:2]), cache_dir=tmp_path)
    copy = read_collection(_lines(demo_raw[:2], "copy-"), cache_dir=tmp_path)
    assert [a.id for a in copy.articles] == [f"copy-{a.id}" for a in demo_raw[:2]]
    assert len(_rows(tmp_path)) == 2
    assert all(a.sentences and a.timexes for a in copy.articles)


def test_changed_text_or_date_is_analysed_again(tmp_path: Path, demo_raw: list[Article]) -> None:
    a = demo_raw[0]
    read_collection(_lines([a]), cache_dir=tmp_path)
    edited = json.dumps({"id": a.id, "text": a.text + " More.", "published": a.published})
    redated = json.dumps({"id": a.id, "text": a.text, "published": "2001-01-01"})
    out = read_collection([edited, redated], cache_dir=tmp_path)
    assert len(_rows(tmp_path)) == 3
    assert out.articles[0].text.endswith("More.")
    assert out.articles[1].published_date is not None
    assert out.articles[1].published_date.isoformat() == "2001-01-01"


def test_damaged_row_is_analysed_again(tmp_path: Path, demo_raw: list[Article]) -> None:
    lines = _lines(demo_raw[:1])
    fresh = read_collection(lines, cache_dir=tmp_path).articles[0]
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE analysed SET body = ?", (b"not zlib",))
    again = read_collection(lines, cache_dir=tmp_path)
    assert again.articles == [fresh]
    assert zlib.decompress(_rows(tmp_path)[0][1])  # overwritten with a good record


@pytest.mark.parametrize("damage", ["garbage file", "directory is a file"])
def test_unusable_cache_is_a_note_not_a_failure(
    tmp_path: Path, demo_raw: list[Article], damage: str
) -> None:
    if damage == "garbage file":
        directory = tmp_path / "cache"
        directory.mkdir()
        (directory / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    else:
        directory = tmp_path / "plain-file"
        directory.write_text("x")
    out = read_collection(_lines(demo_raw[:2]), cache_dir=directory)
    assert len(out.articles) == 2 and all(a.sentences for a in out.articles)
    assert len(out.notes) == 1 and "analysis cache" in out.notes[0]
    assert "analysing without it" in out.notes[0]


def test_version_depends_on_the_stages(tmp_path: Path, demo_raw: list[Article]) -> None:
    assert analysis_version(["sentences"]) != analysis_version(["sentences", "time"])
    with AnalysisCache(tmp_path, ["sentences", "time"], ["sentences", "timexes"]) as cache:
        assert cache.get_many(demo_raw[:1]) == [None]
    read_collection(_lines(demo_raw[:1]), cache_dir=tmp_path)
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]) as cache:
        assert cache.get_many(demo_raw[:1]) == [None]


def test_another_version_is_kept_while_used_and_dropped_when_stale(
    tmp_path: Path, demo_raw: list[Article]
) -> None:
    """Two checkouts of different code share a cache; a version nobody uses ages out."""
    read_collection(_lines(demo_raw[:1]), cache_dir=tmp_path)
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]):
        pass
    assert len(_rows(tmp_path)) == 1  # recently used: kept
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE analysed SET used = used - ?", (STALE_AFTER + 60,))
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]):
        pass
    assert _rows(tmp_path) == []


def _used(directory: Path) -> dict[str, float]:
    with sqlite3.connect(directory / CACHE_FILE) as db:
        return {str(k): float(u) for k, u in db.execute("SELECT key, used FROM analysed")}


def test_past_its_limit_the_least_recently_used_go_first(
    tmp_path: Path, demo_raw: list[Article], demo_articles: list[Article]
) -> None:
    stages, fields = ["sentences", "time"], ["sentences", "timexes"]
    keys: list[str] = []
    with AnalysisCache(tmp_path, stages, fields) as cache:
        for raw, done in zip(demo_raw, demo_articles, strict=True):
            before = set(_used(tmp_path))
            cache.put_many([(raw, done)])
            (new,) = set(_used(tmp_path)) - before
            keys.append(new)
        total = cache.stored_bytes()
    assert len(keys) >= 4
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:  # written in order: the first is oldest
        for i, key in enumerate(keys):
            db.execute("UPDATE analysed SET used = ? WHERE key = ?", (float(i), key))
    with AnalysisCache(tmp_path, stages, fields, max_bytes=total - 1) as cache:
        assert cache.get_many(demo_raw[:1])[0] is not None  # read again: now the most recent
        cache.put_many([(demo_raw[-1], demo_articles[-1])])  # a write past the limit evicts
        assert cache.stored_bytes() <= total - 1
    left = set(_used(tmp_path))
    assert keys[1] not in left  # least recently used: gone first
    assert keys[0] in left and keys[-1] in left  # read or written last: kept


def test_cache_limit_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_MAX_MB", "2")
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]) as cache:
        assert cache.max_bytes == 2 << 20
    monkeypatch.setenv("STORYLINE_CACHE_MAX_MB", "lots")
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]) as cache:
        assert cache.max_bytes == DEFAULT_MAX_BYTES


def test_a_cache_of_the_older_layout_starts_afresh(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("CREATE TABLE analysed (key TEXT PRIMARY KEY, version TEXT, body BLOB)")
        db.execute("INSERT INTO analysed VALUES ('k', 'v', x'00')")
    with AnalysisCache(tmp_path, ["sentences"], ["sentences"]) as cache:
        assert cache.stored_bytes() == 0
