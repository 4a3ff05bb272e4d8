"""`storyline brief` end to end on the demo articles: real pipeline, real SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("brief") / "demo.db"
    done = runner.invoke(app, ["ingest", str(demo_dir), "--db", str(db)])
    assert done.exit_code == 0, done.stderr
    listing = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    first = json.loads(listing.stdout.splitlines()[0])
    return db, first["id"]


def test_brief_formats_and_full(story: tuple[Path, str]) -> None:
    db, story_id = story
    page = runner.invoke(app, ["brief", story_id, "--db", str(db)])
    assert page.exit_code == 0, page.stderr
    assert "Latest developments" in page.stdout and len(page.stdout.splitlines()) <= 80
    full = runner.invoke(app, ["brief", story_id, "--db", str(db), "--full"])
    assert full.exit_code == 0 and len(full.stdout) >= len(page.stdout)
    html = runner.invoke(app, ["brief", story_id, "--db", str(db), "--format", "html"])
    assert html.stdout.startswith("<!doctype html>") and "<h2>Who said what" in html.stdout
    data = json.loads(
        runner.invoke(app, ["brief", story_id, "--db", str(db), "--format", "json"]).stdout
    )
    assert data["latest"] and data["latest"][0]["date"] == data["last_day"]
    since = runner.invoke(app, ["brief", story_id, "--db", str(db), "--since", "2024-03-21"])
    assert "New since 2024-03-21" in since.stdout


def test_brief_refuses_bad_options(story: tuple[Path, str]) -> None:
    db, story_id = story
    assert (
        runner.invoke(app, ["brief", story_id, "--db", str(db), "--format", "pdf"]).exit_code == 2
    )
    bad_day = runner.invoke(app, ["brief", story_id, "--db", str(db), "--since", "2024-13-45"])
    assert bad_day.exit_code == 2
