from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import Article
from storyline.serialize import article_to_json

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_jsonl(tmp_path_factory: pytest.TempPathFactory, demo_raw: list[Article]) -> Path:
    path = tmp_path_factory.mktemp("tl") / "demo.jsonl"
    lines = [json.dumps({"id": a.id, "text": a.text, "published": a.published}) for a in demo_raw]
    lines += ["{not json", json.dumps({"id": "nodate", "title": "no text"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_collection_json_contract(demo_jsonl: Path) -> None:
    args = ["timeline", "--articles", str(demo_jsonl), "--keywords", "Rafah,Israel"]
    args += ["--max-dates", "4", "--sentences-per-date", "2", "--start", "2024-03-19"]
    args += ["--end", "2024-03-22", "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [e["date"] for e in data] == ["2024-03-19", "2024-03-20", "2024-03-21", "2024-03-22"]
    assert all(e["sentences"] and e["articles"] for e in data)
    assert "line 6: not JSON" in result.stderr
    assert "line 7 (id nodate): missing or non-string 'text'" in result.stderr


def test_analysed_lines_are_used_as_given(tmp_path: Path, demo_articles: list[Article]) -> None:
    path = tmp_path / "analysed.jsonl"
    path.write_text(
        "".join(json.dumps(article_to_json(a, sentences=True)) + "\n" for a in demo_articles)
    )
    result = runner.invoke(app, ["timeline", "--articles", str(path), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert "## 2024-03-21" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["timeline"],
        ["timeline", "s1", "--articles", "x.jsonl"],
        ["timeline", "--articles", "x.jsonl", "--format", "pdf"],
        ["timeline", "--articles", "x.jsonl", "--start", "March"],
        ["timeline", "--articles", "x.jsonl", "--start", "2024-02-01", "--end", "2024-01-01"],
        ["timeline", "--articles", "x.jsonl", "--max-dates", "0"],
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "--articles", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "none.jsonl" in result.stderr


def test_unknown_story_is_a_clear_error(db_path: Path) -> None:
    from storyline.engine import Storyline

    Storyline(db_path).close()  # a database without that story (a missing one is refused first)
    for command in (["timeline", "no-such-story"], ["brief", "no-such-story"]):
        result = runner.invoke(app, [*command, "--db", str(db_path)])
        assert result.exit_code in (1, 2)
        assert "no-such-story" in result.stderr or "cannot read stories" in result.stderr


def test_cache_dir_is_used_and_no_cache_stores_nothing(tmp_path: Path, demo_jsonl: Path) -> None:
    base = ["timeline", "--articles", str(demo_jsonl), "--format", "json"]
    cached = runner.invoke(app, [*base, "--cache-dir", str(tmp_path / "c")])
    assert cached.exit_code == 0, cached.stderr
    assert (tmp_path / "c" / "analysed-articles.sqlite3").is_file()
    again = runner.invoke(app, [*base, "--cache-dir", str(tmp_path / "c")])
    assert again.stdout == cached.stdout
    bare = runner.invoke(
        app, [*base, "--no-cache"], env={"STORYLINE_CACHE_DIR": str(tmp_path / "d")}
    )
    assert bare.exit_code == 0, bare.stderr
    assert bare.stdout == cached.stdout
    assert not (tmp_path / "d").exists()


def test_default_cache_follows_the_environment(tmp_path: Path, demo_jsonl: Path) -> None:
    where = tmp_path / "from-env"
    args = ["timeline", "--articles", str(demo_jsonl), "--format", "json"]
    result = runner.invoke(app, args, env={"STORYLINE_CACHE_DIR": str(where)})
    assert result.exit_code == 0, result.stderr
    assert (where / "analysed-articles.sqlite3").is_file()


def test_unusable_cache_dir_is_a_note_and_the_timeline_still_comes(
    tmp_path: Path, demo_jsonl: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    args = ["timeline", "--articles", str(demo_jsonl), "--format", "json"]
    result = runner.invoke(app, [*args, "--cache-dir", str(blocker)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)
    assert "note: analysis cache" in result.stderr
