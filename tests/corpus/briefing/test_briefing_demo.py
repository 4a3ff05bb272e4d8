"""The briefing over the demo articles, analysed by the real default pipeline."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from storyline.analyze.pipeline import DEFAULT_STAGES, Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing
from storyline.model import Article

_HEADER = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})\s*")


@pytest.fixture(scope="module")
def analysed(demo_dir: Path) -> list[Article]:
    pipeline = Pipeline(DEFAULT_STAGES)
    out = []
    for path in sorted(demo_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        m = _HEADER.match(raw)
        article = Article(
            id=path.stem[:3],
            text=raw[m.end() :] if m else raw,
            published=m.group(1) if m else None,
        )
        out.append(pipeline.run(article))
    return out


def test_death_toll_reports_listed_with_dates(analysed: list[Article]) -> None:
    briefing = build_briefing(analysed, since=dt.date(2024, 3, 21), limits=BriefingLimits.full())
    # the toll is one ledger series; the fighters and gunmen killed are series of their own
    (killed,) = [
        rs
        for label, rs in briefing.numbers
        if label.startswith("killed") and any(r.value >= 10_000 for r in rs)
    ]
    assert all(r.category == "killed" for r in killed)
    tolls = {(r.as_of, r.value) for r in killed}
    assert len(tolls) >= 2
    assert len({as_of for as_of, _ in tolls}) >= 2  # reported on different days
    texts = {a.id: a.text for a in analysed}
    for r in killed:
        assert texts[r.source.article_id][r.source.start : r.source.end] == r.source.text
    page = render_briefing(briefing, "text")
    assert "killed:" in page and "New since 2024-03-21" in page
    assert briefing.quotes and briefing.latest
