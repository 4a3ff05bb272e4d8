"""The ledger keeps the figures of an article updated in place, each at its time, and a
story's cached review is rebuilt when one of its articles changes (real pipeline, real
SQLite file, articles written for the test)."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.engine import Storyline

URL = "https://valley.example/2031/05/landslide"
FIRST = "Rescuers said 20 people were killed in the landslide in Vell on Monday."
SECOND = "Rescuers said 35 people were killed in the landslide in Vell, officials said on Tuesday."


def _write(path: Path, text: str, published: str) -> str:
    path.write_text(json.dumps({"url": URL, "text": text, "published": published}) + "\n")
    return str(path)


def _killed(engine: Storyline) -> list[float]:
    (label,) = engine.stories()
    ledger = engine.ledger(label.id)
    return sorted(p.value for s in ledger.series if s.category == "killed" for p in s.points)


def test_an_updated_toll_keeps_both_figures_and_the_review_follows(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    with Storyline(tmp_path / "s.db") as engine:
        engine.ingest([_write(source, FIRST, "2031-05-05")])
        assert _killed(engine) == [20]  # reviewed and cached
        report = engine.ingest([_write(source, SECOND, "2031-05-05")])
        assert report.updated == 1
        # the cached review was dropped: the new figure is there, and the earlier version's
        # figure stays in the series as what the outlet reported before
        assert _killed(engine) == [20, 35]
        (label,) = engine.stories()
        (series,) = [s for s in engine.ledger(label.id).series if s.category == "killed"]
        assert series.status == "consistent"
