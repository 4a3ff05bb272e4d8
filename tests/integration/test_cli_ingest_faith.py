"""Issue 15 end to end through the installed command: each failure a new user met."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from pathlib import Path

import pytest
from cli_runner import BIN, export, run

TEXT = (
    "The harbour bridge reopened on Monday after months of repairs, the port authority "
    "said. At least 12 people were injured when scaffolding fell last spring."
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stored")
    db = folder / "d.db"
    assert run("ingest", "--db", str(db), str(_text(folder))).returncode == 0
    return db


@pytest.mark.parametrize(
    "args",
    [
        ("articles", "--since", "2011-13-45"),
        ("articles", "--since", "yesterday-ish"),
        ("search", "bridge", "--until", "2024-02-30"),
        ("articles", "--since", "2024-03-10", "--until", "2024-03-01"),
    ],
)
def test_dates_that_are_not_dates_are_refused(stored: Path, args: tuple[str, ...]) -> None:
    result = run(*args, "--db", str(stored))
    assert result.returncode == 2, result.stdout
    assert "error:" in result.stderr and "Traceback" not in result.stderr


def test_relative_dates_are_accepted_as_documented(stored: Path) -> None:
    for value in ("yesterday", "7d", "2024-03", "2024"):
        assert run("articles", "--since", value, "--db", str(stored)).returncode == 0, value


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--workers", "0"),
        ("--timeout", "-1"),
        ("--max-mb", "0"),
        ("--dask-timeout", "0"),
        ("--executor", "ray"),
    ],
)
def test_out_of_range_numbers_are_refused(tmp_path: Path, option: str, value: str) -> None:
    result = run("ingest", str(_text(tmp_path)), "--db", str(tmp_path / "x.db"), option, value)
    assert result.returncode == 2 and option in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_read_command_on_a_missing_db_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    for command in (
        ("articles",),
        ("search", "x"),
        ("show", "u:1"),
        ("export", "articles"),
        ("export", "stories"),
        ("stories",),
        ("story", "s-1"),
        ("timeline", "s-1"),
        ("brief", "s-1"),
        ("claims", "s-1"),
        ("flags",),
    ):
        result = run(*command, "--db", str(db))
        assert result.returncode == 2 and "does not exist" in result.stderr
    assert not db.exists()


def test_ingest_dot_with_the_default_db_skips_its_own_files(tmp_path: Path) -> None:
    _text(tmp_path)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("STORYLINE_DB", None)
    for _ in range(2):
        result = subprocess.run(
            [str(BIN), "ingest", "."], cwd=tmp_path, capture_output=True, text=True, env=env
        )
        assert result.returncode == 0, result.stderr
    assert "0 failed" in result.stdout and "database files skipped" in result.stdout
    assert "1 already present" in result.stdout


def test_updated_article_summary_and_show_versions(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    url = "https://news.example.org/bridge"
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"url": url, "text": TEXT, "date": "2024-05-06"}) + "\n")
    second = tmp_path / "b.jsonl"
    changed = TEXT.replace("At least 12", "At least 15")
    second.write_text(json.dumps({"url": url, "text": changed, "date": "2024-05-06"}) + "\n")
    assert "1 new, 0 updated" in run("ingest", str(first), "--db", str(db)).stdout
    result = run("ingest", str(second), "--db", str(db))
    assert "0 new, 1 updated, 0 already present" in result.stdout, result.stdout
    (article,) = export(db)
    shown = run("show", article["id"], "--versions", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert "version 1: seen" in shown.stdout and "version 2 (current)" in shown.stdout
    assert "-At least 12" in shown.stdout and "+At least 15" in shown.stdout
    as_json = run("show", article["id"], "--versions", "--json", "--db", str(db))
    versions = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [v["version"] for v in versions] == [1, 2]


def test_timeline_reads_a_gzipped_articles_file(tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({"id": str(i), "time": f"2024-05-0{i + 1}", "text": f"{TEXT} Day {i}."}) + "\n"
        for i in range(3)
    )
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode()))
    result = run("timeline", "--articles", str(path), "--keywords", "bridge", "--format",
                 "json", "--no-cache")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not JSON" not in result.stderr
    assert json.loads(result.stdout)


def test_spanish_article_is_stored_searchable_and_not_annotated_in_english(
    tmp_path: Path,
) -> None:
    path = tmp_path / "es.txt"
    path.write_text(
        " date 2024-05-07 Seguimos informando el martes sobre la situación en la capital, "
        "donde el gobierno anunció nuevas medidas para las familias afectadas."
    )
    db = tmp_path / "es.db"
    result = run("ingest", str(path), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 not in English" in result.stdout
    (article,) = export(db)
    assert article["language"] == "es"
    assert article["entities"] == [] and article["timexes"] == []
    assert any(f["code"] == "not_english" for f in article["flags"])
    hits = run("search", "gobierno", "--db", str(db), "--json")
    assert article["id"] in hits.stdout


def test_mixed_encoding_warns_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(TEXT.encode() + " Zürich.".encode() + b" Caf\xe9.")
    result = run("ingest", str(path), "--db", str(tmp_path / "m.db"))
    assert result.returncode == 0
    assert "warning:" in result.stderr and "mixed.txt" in result.stderr
    (article,) = export(tmp_path / "m.db")
    assert "Zürich" in article["text"] and "Café" in article["text"]


def _text(folder: Path) -> Path:
    path = folder / "bridge.txt"
    path.write_text(f" date 2024-05-06 {TEXT}")
    return path
