"""`storyline cluster`, `stories`, `story`, `recluster` end to end: real model, real SQLite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.analyze.inputs import article_from_input
from storyline.cli import app
from storyline.store.sql_stories import SqlStoryRepository, index_path
from storyline.store.sqlite import SQLiteStore

runner = CliRunner()


def demo_lines(demo_dir: Path) -> list[str]:
    lines = []
    for path in sorted(demo_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", text)
        lines.append(json.dumps({"id": path.stem, "text": text, "published": m and m.group(1)}))
    return lines


OTHER = [
    {
        "id": "flu-1",
        "published": "2024-03-21",
        "title": "Flu season peaks early",
        "text": "Hospitals across the region reported a sharp rise in influenza admissions this "
        "week as the flu season peaked earlier than usual, health officials said, urging "
        "older people to get vaccinated.",
    },
    {
        "id": "flu-2",
        "published": "2024-03-22",
        "text": "Health officials said influenza cases kept climbing, with hospitals stretched by "
        "flu admissions and a vaccination campaign extended for older people.",
    },
]


def test_cluster_demo_articles_form_one_story(demo_dir: Path) -> None:
    stdin = "\n".join(demo_lines(demo_dir) + [json.dumps(o) for o in OTHER]) + "\n"
    result = runner.invoke(app, ["cluster"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [json.loads(x)["id"] for x in stdin.splitlines()]
    demo_stories = {r["story"] for r in rows[:5]}
    assert len(demo_stories) == 1
    assert rows[5]["story"] == rows[6]["story"] != rows[0]["story"]


def test_cluster_writes_threads_and_can_write_them_as_stories(demo_dir: Path) -> None:
    stdin = "\n".join(demo_lines(demo_dir) + [json.dumps(o) for o in OTHER]) + "\n"
    rows = [json.loads(x) for x in runner.invoke(app, ["cluster"], input=stdin).stdout.splitlines()]
    assert all(set(r) == {"id", "story", "thread"} for r in rows)
    by_thread = runner.invoke(app, ["cluster", "--level", "thread"], input=stdin)
    threads = [json.loads(x) for x in by_thread.stdout.splitlines()]
    assert [r["story"] for r in threads] == [r["thread"] for r in rows]
    bad = runner.invoke(app, ["cluster", "--level", "event"], input=stdin)
    assert bad.exit_code == 2 and "choose story or thread" in bad.output


def test_cluster_reports_bad_lines_and_keeps_the_rest(demo_dir: Path) -> None:
    lines = [
        *demo_lines(demo_dir)[:2],
        "{not json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "one", "text": "Breaking"}),
        json.dumps({"id": "copy", "text": json.loads(demo_lines(demo_dir)[0])["text"]}),
        json.dumps({"id": "future", "text": OTHER[0]["text"], "published": "2100-01-01"}),
    ]
    result = runner.invoke(app, ["cluster", "--stream"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    rows = {json.loads(x)["id"]: json.loads(x)["story"] for x in result.stdout.splitlines()}
    demo_ids = {json.loads(x)["id"] for x in lines[:2]}
    assert set(rows) == demo_ids | {"empty", "one", "copy", "future"}
    assert rows["copy"] == rows["000_5c1c16c3020b6a83"]
    assert "line 3" in result.stderr and "not JSON" in result.stderr
    assert "empty: text too short" in result.stderr
    assert "future: publication date 2100-01-01 is implausible" in result.stderr


@pytest.fixture()
def stored_db(tmp_path: Path, demo_dir: Path) -> Path:
    db = tmp_path / "news.db"
    with SQLiteStore(db) as store:
        for n, line in enumerate(demo_lines(demo_dir) + [json.dumps(o) for o in OTHER]):
            article = article_from_input(json.loads(line), f"line {n}")
            store.put_article(article)
    return db


def test_stored_stories_commands(stored_db: Path) -> None:
    result = runner.invoke(app, ["cluster", "--db", str(stored_db)])
    assert result.exit_code == 0, result.output
    assert "assigned 7 articles" in result.stderr
    assert index_path(stored_db).exists()
    with SQLiteStore(stored_db) as store:
        assert all(a.embedding is not None for a in store.iter_articles())

    listing = runner.invoke(app, ["stories", "--db", str(stored_db), "--json"])
    labels = [json.loads(x) for x in listing.stdout.splitlines()]
    assert [lab["count"] for lab in labels] == [5, 2]
    assert labels[0]["start"] == "2024-03-19" and labels[0]["end"] == "2024-03-23"
    assert labels[1]["title"] == "Flu season peaks early"

    shown = runner.invoke(app, ["story", labels[0]["id"], "--db", str(stored_db)])
    assert shown.exit_code == 0
    dates = re.findall(r"^  (\d{4}-\d\d-\d\d|undated) ", shown.stdout, re.M)
    assert len(dates) == 5
    assert "threads (1):" in shown.stdout
    assert dates == sorted(d for d in dates if d != "undated") + ["undated"] * dates.count(
        "undated"
    )
    missing = runner.invoke(app, ["story", "s-nope", "--db", str(stored_db)])
    assert missing.exit_code == 1 and "no story" in missing.stderr

    again = runner.invoke(app, ["cluster", "--db", str(stored_db)])
    assert "assigned 0 articles" in again.stderr


def test_recluster_keeps_ids_and_records_moves(stored_db: Path) -> None:
    runner.invoke(app, ["cluster", "--db", str(stored_db)])
    with SQLiteStore(stored_db) as store:
        repo = SqlStoryRepository(store)
        before = {m: repo.resolve(repo.membership(m).story_id) for m in ("flu-1", "flu-2")}  # type: ignore[union-attr]
        # Put an article in the wrong story by hand, as an out-of-order arrival might.
        store.conn.execute(
            "UPDATE story_members SET story_id = (SELECT story_id FROM story_members "
            "WHERE article_id = '000_5c1c16c3020b6a83') WHERE article_id = 'flu-2'"
        )
    result = runner.invoke(app, ["recluster", "--db", str(stored_db)])
    assert result.exit_code == 0, result.output
    assert "1 articles moved" in result.stderr
    with SQLiteStore(stored_db) as store:
        repo = SqlStoryRepository(store)
        after = {m: repo.resolve(repo.membership(m).story_id) for m in ("flu-1", "flu-2")}  # type: ignore[union-attr]
        assert after == before
        moved = store.conn.execute("SELECT article_id FROM story_moves").fetchall()
        assert moved == [("flu-2",)]
        assert "reclustered" in repo.membership("flu-2").flags  # type: ignore[union-attr]
