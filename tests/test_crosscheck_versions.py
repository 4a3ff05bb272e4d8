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


def test_the_brief_takes_the_cached_ledger_with_the_earlier_figure(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    source, db = tmp_path / "a.jsonl", tmp_path / "s.db"
    with Storyline(db) as engine:
        engine.ingest([_write(source, FIRST, "2031-05-05")])
        engine.ingest([_write(source, SECOND, "2031-05-05")])
        (label,) = engine.stories()
    out = CliRunner().invoke(app, ["brief", label.id, "--db", str(db), "--format", "json"])
    assert out.exit_code == 0, out.stderr
    numbers = json.loads(out.stdout)["numbers"]
    values = sorted(r["value"] for _, reports in numbers for r in reports if r["value"] in (20, 35))
    # 20 is only in the earlier version: it comes from the review's ledger, not the articles
    assert values == [20, 35]
