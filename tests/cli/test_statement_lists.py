"""Reader-facing lists take only statements (statements1, issue 14): an attribution whose
cue reports a stance, a topic or a deed ("critical of the levy", "described the
gunfight") is stored for scoring, but `storyline show`, the story's who-said-what and the
brief list only what someone stated. Real pipeline, real SQLite; the text is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

TEXT = (
    "Mayor Lena Orr said the Varn ferry would run again on Monday. "
    "Councillor Tomas Ebert was critical of the harbour levy. "
    "Dara Venn, a pilot, described the storm over the estuary."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("statements")
    source = folder / "a.jsonl"
    source.write_text(
        json.dumps({"id": "varn-1", "text": TEXT, "published": "2024-05-02"}) + "\n",
        encoding="utf-8",
    )
    path = folder / "s.db"
    done = runner.invoke(app, ["ingest", str(source), "--db", str(path)])
    assert done.exit_code == 0, done.stderr
    return path


def _article_id(db: Path) -> str:
    from storyline.engine import Storyline

    with Storyline(db) as engine:
        return next(iter(engine.articles())).id


def test_show_lists_statements_and_counts_the_rest(db: Path) -> None:
    article = _article_id(db)
    page = runner.invoke(app, ["show", article, "--db", str(db)])
    assert page.exit_code == 0, page.stderr
    quotes = [line for line in page.stdout.splitlines() if line.startswith("  [")]
    assert any("Lena Orr" in line and "ferry would run again" in line for line in quotes)
    assert not any("harbour levy" in line or "the storm" in line for line in quotes)
    assert "attributions stating nothing (not listed): 2" in page.stdout
    # the stored record keeps every attribution, as the broad scheme scores it
    stored = json.loads(runner.invoke(app, ["show", article, "--db", str(db), "--json"]).stdout)
    kept = {q["text"]: q["speaker"]["resolution"] for q in stored["quotes"]}
    assert kept["the harbour levy"] == "unstated"


def test_who_said_what_takes_only_statements(db: Path) -> None:
    from storyline.engine import Storyline
    from storyline.query import speaker_quotes, story_quotes

    with Storyline(db) as engine:
        story = engine.stories()[0]
        groups = story_quotes(engine, story.id)
        said = [q.text for g in groups for q in g.quotes]
        assert any("ferry would run again" in t for t in said)
        assert not any("levy" in t or "storm" in t for t in said)
        assert speaker_quotes(engine, "Tomas Ebert").quotes == ()


def test_a_speakers_page_limit_counts_only_statements(tmp_path: Path) -> None:
    """The page's limit is filled with statements: an attribution stating nothing that comes
    first (same speaker, same article) no longer takes the only slot and leaves it empty."""
    from storyline.engine import Storyline
    from storyline.query import speaker_quotes

    source = tmp_path / "a.jsonl"
    text = (
        "Tomas Ebert was critical of the harbour levy. "
        "Tomas Ebert said the levy would be cut in June."
    )
    source.write_text(
        json.dumps({"id": "varn-2", "text": text, "published": "2024-05-02"}) + "\n",
        encoding="utf-8",
    )
    path = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(source), "--db", str(path)]).exit_code == 0
    with Storyline(path) as engine:
        said = speaker_quotes(engine, "Tomas Ebert", limit=1)
    assert [q.text for q in said.quotes] == ["the levy would be cut in June"]
