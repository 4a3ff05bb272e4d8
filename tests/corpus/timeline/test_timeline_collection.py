"""Reading a collection: parallel analysis gives the same articles and the same messages."""

from __future__ import annotations

import json

import pytest

from storyline.corpus.timeline import collection as collection_module
from storyline.corpus.timeline.collection import default_workers, read_collection
from storyline.model import Article


def _lines(demo_raw: list[Article]) -> list[str]:
    lines = [json.dumps({"id": a.id, "text": a.text, "published": a.published}) for a in demo_raw]
    return [*lines[:2], "{not json", json.dumps({"id": "bad", "text": 5}), *lines[2:]]


def test_two_workers_match_one(demo_raw: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collection_module, "PARALLEL_MIN_ARTICLES", 2)
    lines = _lines(demo_raw)
    alone = read_collection(lines, workers=1)
    pooled = read_collection(lines, workers=2)
    assert len(alone.articles) == len(demo_raw)
    assert [a.id for a in pooled.articles] == [a.id for a in demo_raw]
    assert pooled.articles == alone.articles
    assert all(a.sentences and "timexes" in a.annotated for a in pooled.articles)
    assert pooled.errors == alone.errors
    assert pooled.errors[0].startswith("line 3: not JSON")
    assert pooled.errors[1].startswith("line 4 (id bad):")


def test_default_workers_is_one_or_two() -> None:
    assert default_workers() in (1, 2)
