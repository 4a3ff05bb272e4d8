"""`--db postgresql://...` end to end: the demo articles ingested into PostgreSQL read back
as they do from SQLite (real pipeline, real model, a real server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

READS = [
    ["stories", "--json"],
    ["articles"],
    ["entities", "--limit", "5"],
    ["flags"],
]
"""Commands whose output must not depend on the backend."""


def _ingest(db: str, demo_dir: Path) -> None:
    done = runner.invoke(app, ["ingest", str(demo_dir), "--db", db])
    assert done.exit_code == 0, done.output
    assert "5 new" in done.output


def test_demo_ingested_into_postgres_reads_back_as_from_sqlite(
    pg_url: str, tmp_path: Path, demo_dir: Path
) -> None:
    sqlite_db = str(tmp_path / "demo.db")
    _ingest(pg_url, demo_dir)
    _ingest(sqlite_db, demo_dir)
    for args in READS:
        on_pg = runner.invoke(app, [*args, "--db", pg_url])
        on_sqlite = runner.invoke(app, [*args, "--db", sqlite_db])
        assert on_pg.exit_code == 0, (args, on_pg.output)
        assert on_pg.stdout == on_sqlite.stdout, args
    (story,) = [
        json.loads(line)
        for line in runner.invoke(app, ["stories", "--json", "--db", pg_url]).stdout.splitlines()
    ]
    assert story["count"] == 5
    for args in (
        ["story", story["id"], "--json"],
        ["timeline", story["id"]],
        ["brief", story["id"]],
    ):
        on_pg = runner.invoke(app, [*args, "--db", pg_url])
        on_sqlite = runner.invoke(app, [*args, "--db", sqlite_db])
        assert on_pg.exit_code == 0, (args, on_pg.output)
        assert on_pg.stdout == on_sqlite.stdout, args
    again = runner.invoke(app, ["ingest", str(demo_dir), "--db", pg_url])
    assert "0 new" in again.output and "5 already present" in again.output


def test_search_finds_the_same_articles_on_both(
    pg_url: str, tmp_path: Path, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same hits (ranking may differ: ts_rank is not bm25); $STORYLINE_DB names the store."""
    sqlite_db = str(tmp_path / "demo.db")
    monkeypatch.setenv("STORYLINE_DB", pg_url)
    done = runner.invoke(app, ["ingest", str(demo_dir)])
    assert done.exit_code == 0, done.output
    _ingest(sqlite_db, demo_dir)
    hits = {}
    for db in (pg_url, sqlite_db):
        found = runner.invoke(app, ["search", "ceasefire", "--db", db, "--json"])
        assert found.exit_code == 0, found.output
        hits[db] = {json.loads(line)["article_id"] for line in found.stdout.splitlines()}
    assert hits[pg_url] == hits[sqlite_db] and len(hits[pg_url]) >= 2
