"""`claims`, `flags`, `export stories` and `show` end to end, on a real SQLite file.

The articles are short reports of an invented dam failure written for this test:
a rising toll, two outlets disagreeing on one day, an undated piece that
presents a long-past year as ahead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run

BASE = (
    "The Verlo dam on the upper Tessa river gave way after days of heavy rain, flooding the "
    "valley towns of Amsel and Brun. "
)
ARTICLES = [
    {
        "url": "https://one.example/dam-1",
        "outlet": "one.example",
        "published": "2031-04-02T08:00:00",
        "title": "Verlo dam fails; at least 8 dead",
        "text": BASE + "At least 8 people died in the flood, regional police said on Wednesday. "
        '"The water came in minutes," said Amsel mayor Ruth Kalnins.',
    },
    {
        "url": "https://two.example/dam-2",
        "outlet": "two.example",
        "published": "2031-04-03T09:00:00",
        "title": "Verlo dam toll rises to 19",
        "text": BASE + "The number of people killed in the flood rose to 19 on Thursday, "
        'regional police said. "We are still searching the river banks," police chief Anton '
        "Dima said.",
    },
    {
        "url": "https://three.example/dam-3",
        "outlet": "three.example",
        "published": "2031-04-03T11:00:00",
        "title": "Twelve confirmed dead in Verlo dam flood",
        "text": BASE + "Twelve people have been confirmed dead in the flood, Brun officials said "
        "on Thursday. Rescue teams searched the Tessa river banks near Brun.",
    },
    {
        "url": "https://four.example/dam-4",
        "title": "Verlo dam safety review",
        "text": BASE + "The river board will present its review of the 2019 flood season to the "
        "regional council next month, a board spokesman said.",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dam")
    source = folder / "dam.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    path = folder / "dam.db"
    result = run("ingest", str(source), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def _stories(db: Path) -> list[dict[str, object]]:
    result = run("export", "stories", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_export_stories_has_the_series_and_the_conflict(db: Path) -> None:
    (story,) = [s for s in _stories(db) if len(s["articles"]) >= 3]  # type: ignore[arg-type]
    series = {s["id"]: s for s in story["claim_series"]}  # type: ignore[union-attr]
    killed = series["killed"]
    assert [p["value"] for p in killed["points"]] == [8, 19, 12]
    assert killed["cumulative"] and killed["status"] == "conflicting"
    kinds = [c["kind"] for c in story["conflicts"]]  # type: ignore[union-attr]
    assert kinds and set(kinds) == {"number"}


def test_claims_command_text_and_json(db: Path) -> None:
    story_id = next(str(s["id"]) for s in _stories(db) if len(s["articles"]) >= 3)  # type: ignore[arg-type]
    text = run("claims", story_id, "--db", str(db))
    assert text.returncode == 0, text.stderr
    assert "killed" in text.stdout and "CONFLICTING" in text.stdout and "conflicts:" in text.stdout
    as_json = json.loads(run("claims", story_id, "--db", str(db), "--json").stdout)
    assert as_json["story"] == story_id and as_json["conflicts"]
    missing = run("claims", "s-nope", "--db", str(db))
    assert missing.returncode == 1 and "no story with id 's-nope'" in missing.stderr


def test_flags_list_by_article_and_by_outlet(db: Path) -> None:
    rows = [json.loads(x) for x in run("flags", "--db", str(db), "--json").stdout.splitlines()]
    by_url_title = {r["title"]: r for r in rows}
    undated = by_url_title["Verlo dam safety review"]
    codes = {f["code"] for f in undated["flags"]}
    assert "undated" in codes
    assert "contradicted" in {
        f["code"] for f in by_url_title["Twelve confirmed dead in Verlo dam flood"]["flags"]
    }
    outlets = run("flags", "--by-outlet", "--db", str(db))
    assert outlets.returncode == 0 and "three.example" in outlets.stdout


def test_show_prints_flags_with_evidence(db: Path) -> None:
    rows = [json.loads(x) for x in run("flags", "--db", str(db), "--json").stdout.splitlines()]
    twelve = next(r for r in rows if r["title"].startswith("Twelve"))
    shown = run("show", twelve["id"], "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert "[warning] contradicted:" in shown.stdout
    assert "@" in shown.stdout.split("contradicted:")[1]  # an evidence line with its offsets
