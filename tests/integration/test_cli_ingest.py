"""End to end through the installed `storyline` command, on a real SQLite file."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import export, run


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "seeds.db"
    result = run("ingest", str(demo_dir), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "5 new, 0 updated, 0 already present, 0 duplicates, 0 failed" in result.stdout
    return db


def test_ingest_is_idempotent(seeded: Path, demo_dir: Path) -> None:
    again = run("ingest", str(demo_dir), "--db", str(seeded))
    assert again.returncode == 0
    assert "0 new, 0 updated, 5 already present" in again.stdout
    assert len(export(seeded)) == 5


def test_export_passes_published_and_boilerplate_lines_of_score_seeds(
    seeded: Path, shared_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "seeds.jsonl"
    out.write_text("".join(json.dumps(a) + "\n" for a in export(seeded)))
    scored = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "tools" / "score_seeds.py"),
            str(shared_dir / "data" / "seeds" / "gold_articles.json"),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(scored.stdout)["counts"]
    assert counts["published"] == [5, 5]
    assert counts["boilerplate"][0] == counts["boilerplate"][1] > 0


def test_undated_article_keeps_no_date(seeded: Path) -> None:
    undated = [a for a in export(seeded) if not a["published"]]
    assert len(undated) == 1
    assert undated[0]["published_source"] == "none"
    assert "002_ad74133014d04bc0" in str(undated[0]["path"])


def test_search_show_and_articles(seeded: Path) -> None:
    hits = run("search", "Rafah", "--db", str(seeded), "--json")
    assert hits.returncode == 0, hits.stderr
    rows = [json.loads(line) for line in hits.stdout.splitlines()]
    assert len(rows) == 5
    assert all("[rafah]" in r["snippet"].lower() for r in rows)
    dated = run("search", "Rafah", "--db", str(seeded), "--json", "--since", "2024-03-21")
    assert {json.loads(x)["published"] for x in dated.stdout.splitlines()} == {
        "2024-03-21",
        "2024-03-23",
    }
    shown = run("show", rows[0]["article_id"], "--db", str(seeded))
    assert shown.returncode == 0
    assert f"id:        {rows[0]['article_id']}" in shown.stdout
    listing = run("articles", "--db", str(seeded))
    assert listing.stdout.count("2024-03-") >= 4 and "undated" in listing.stdout


def test_show_unknown_id_is_a_clear_error(seeded: Path) -> None:
    result = run("show", "nope-nope", "--db", str(seeded))
    assert result.returncode == 1
    assert "no article with id 'nope-nope'" in result.stderr


def test_bad_items_are_reported_and_the_rest_is_stored(tmp_path: Path, demo_dir: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    good = (demo_dir / "004_7483b6d759d5b458.txt").read_text()
    (batch / "good.txt").write_text(good)
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (batch / "empty.txt").write_text("")
    (batch / "lines.jsonl").write_text(
        json.dumps(
            {"text": "Officials met on Monday to discuss the aid plan.", "date": "2024-03-18"}
        )
        + "\n{not json\n"
    )
    (batch / "cut.txt.gz").write_bytes(gzip.compress(b" date 2024-03-01 Some text. " * 200)[:60])
    db = tmp_path / "b.db"
    result = run("ingest", str(batch), "--db", str(db))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    named = " ".join(errors)
    for item in ("binary.txt", "empty.txt", "lines.jsonl", "cut.txt.gz"):
        assert item in named, (item, result.stderr)
    assert "2 new" in result.stdout
    texts = [a["text"] for a in export(db)]
    assert any("Officials met on Monday" in t for t in texts)
    assert any("do it alone" in t for t in texts)


def test_unusable_database_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(b"junk" * 1000)
    result = run("articles", "--db", str(db))
    assert result.returncode == 2
    assert "not a usable storyline database" in result.stderr
    assert "Traceback" not in result.stderr


def test_entities_are_canonical_across_articles(seeded: Path) -> None:
    listing = run("entities", "--db", str(seeded), "--type", "person", "--json")
    assert listing.returncode == 0, listing.stderr
    people = {e["name"]: e for e in map(json.loads, listing.stdout.splitlines())}
    assert "Blinken" not in people and "Netanyahu" not in people
    blinken = run("entity", "Blinken", "--db", str(seeded), "--json")
    found = json.loads(blinken.stdout)
    assert found["name"] == "Antony Blinken" and "Secretary of State" in found["roles"]
    assert run("entity", "Netanyahu", "--db", str(seeded), "--json").stdout != blinken.stdout
    missing = run("entity", "Nobody Atall", "--db", str(seeded))
    assert missing.returncode == 1 and "no entity named" in missing.stderr


def test_demo_runs_on_the_bundled_sample(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "demo.db"))
    assert result.returncode == 0, result.stderr
    assert "5 new" in result.stdout
    assert "5 articles, 1 undated, from 2024-03-19 to 2024-03-23" in result.stdout
    assert "Rafah" in result.stdout
    assert "Stories: 1" in result.stdout  # the five seed articles are one story
    assert "'over 31,000 Palestinian deaths' (as of 2024-03-19" in result.stdout
    assert "'more than 32,000 people' (as of 2024-03-23" in result.stdout
