"""A page that is not news, ingested on a pool of two workers: its embedding comes from a
worker like every article's, so the driver never builds the embedding model, and the page is
placed and stored exactly as one process places and stores it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.analyze import embed
from storyline.engine import Storyline
from storyline.ingest.pages import NOT_NEWS_FLAG, not_news_reason
from storyline.run import LocalExecutor, ProcessExecutor
from storyline.run.executors import Executor

NEWS = [
    (
        "2025-09-14",
        "Wrenford bridge closed after cracks found",
        "The old stone bridge at Wrenford was closed to traffic on Sunday after engineers found "
        "cracks in two of its arches, the county roads officer, Idris Pellow, said. Buses from "
        "Wrenford to Castle Marn will use the ferry road while the arches are surveyed, and the "
        "county said the bridge could stay shut for a month.",
    ),
    (
        "2025-09-15",
        "Wrenford bridge survey begins",
        "Engineers began a survey of the cracked arches of Wrenford's stone bridge on Monday, "
        "the county roads officer, Idris Pellow, said. The bridge, closed since Sunday, carries "
        "the only road from Wrenford to Castle Marn; buses are using the ferry road, and traders "
        "in the town said their takings had halved.",
    ),
]
GALLERY = (
    "Wrenford bridge in pictures Engineers inspect the cracked arches of the stone bridge at "
    "Wrenford Buses queue on the ferry road to Castle Marn The closed bridge seen from the "
    "river bank Traders in Wrenford market square wait for customers"
)


def _source(tmp_path: Path) -> Path:
    records = [
        {"id": f"w{i}", "text": text, "title": title, "published": day, "outlet": "w.test"}
        for i, (day, title, text) in enumerate(NEWS)
    ]
    records.append({"id": "pictures", "text": GALLERY, "published": "2025-09-15"})  # no title
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    return src


def _ingest(src: Path, db: Path, executor: Executor) -> tuple[object, bool]:
    """The page's membership (story, score, flags) and whether it was stored with a vector."""
    with Storyline(db, stages=["sentences"], executor=executor) as s:
        report = s.ingest([str(src)])
        assert report.not_news == 1 and report.failed == 0 and report.new == 3
        (listed,) = [a for a in s.articles() if a.title is None]
        page = s.store.get_article(listed.id)
        member = s.store.stories().membership(listed.id)
        assert page is not None and member is not None
        return (member.story_id, member.score, member.flags), page.embedding is not None


def test_the_gallery_is_flagged_not_news() -> None:
    assert not_news_reason(GALLERY) is not None
    assert all(not_news_reason(text) is None for _, _, text in NEWS)


def test_two_workers_embed_a_page_that_is_not_news_and_the_driver_builds_no_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _source(tmp_path)
    in_process = _ingest(src, tmp_path / "local.db", LocalExecutor())
    calls: list[int] = []
    model: Callable[[], embed.MiniLMEmbedder] = embed.default_embedder

    def counted() -> embed.MiniLMEmbedder:
        calls.append(1)
        return model()

    # the pool's workers are started by forkserver: the count is this (the driver's) only
    monkeypatch.setattr(embed, "default_embedder", counted)
    pooled = _ingest(src, tmp_path / "pool.db", ProcessExecutor(2))
    assert calls == []
    assert pooled == in_process
    (_, score, flags), stored_vector = pooled
    # placed by its vector (a score against the bridge story), stored without it as before
    assert NOT_NEWS_FLAG in flags and score is not None and not stored_vector
