"""TimeStage through the real pipeline (real spaCy sentence splitter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.analyze import Pipeline
from storyline.analyze.inputs import article_from_input
from storyline.model import Article

TEXT = (
    "Blinken met Netanyahu on Friday. "
    "The war began on October 7 last year. "
    "Aid groups say the situation is dire. "
    "Talks resume next week."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "time"])


def run(pipeline: Pipeline, published: str | None) -> Article:
    return pipeline.run(article_from_input({"id": "a", "text": TEXT, "published": published}, "t"))


def test_sentences_get_their_own_date_else_the_publication_date(pipeline: Pipeline) -> None:
    article = run(pipeline, "2024-03-23")
    dates = [(s.date, s.date_source) for s in article.sentences]
    assert dates == [
        ("2024-03-22", "timex"),
        ("2023-10-07", "timex"),
        ("2024-03-23", "published"),
        ("2024-03-23", "published"),  # a week is not a day, month or year
    ]
    assert {t.text: t.value for t in article.timexes}["next week"] == "2024-W13"
    assert {"timexes", "sentences"} <= article.annotated


def test_a_record_bound_or_deadline_does_not_date_its_sentence(pipeline: Pipeline) -> None:
    text = (
        "The index fell to its lowest level since April 1997. "
        "GM is seeking to cut 31,500 jobs by 2012. "
        "Ford sales rose on Tuesday, up from a year earlier."
    )
    article = pipeline.run(
        article_from_input({"id": "b", "text": text, "published": "2009-02-26"}, "t")
    )
    dates = [(s.date, s.date_source) for s in article.sentences]
    assert dates == [
        ("2009-02-26", "published"),
        ("2009-02-26", "published"),
        ("2009-02-24", "timex"),
    ]
    assert {t.text for t in article.timexes} >= {"April 1997", "2012", "Tuesday", "a year earlier"}


def test_undated_article_keeps_placeholders_and_no_sentence_date(pipeline: Pipeline) -> None:
    article = run(pipeline, None)
    assert {t.text: t.value for t in article.timexes}["Friday"] == "XXXX-WXX-5"
    assert article.sentences[2].date is None and article.sentences[2].date_source == "none"


def test_analyze_cli_reports_a_bad_line_and_processes_the_rest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": "It rained yesterday.", "published": "2024-03-20"}),
        "{not json",
        json.dumps({"id": "bad", "text": "It rained yesterday.", "published": "garbage date"}),
        json.dumps({"id": "empty", "text": "", "date": "2024-03-20"}),
    ]
    storyline = Path(sys.executable).with_name("storyline")
    done = subprocess.run(
        [str(storyline), "analyze", "--stages", "sentences,time"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    by_id = {o["id"]: o for o in out}
    assert by_id["ok"]["timexes"][0]["value"] == "2024-03-19"
    assert by_id["empty"]["timexes"] == []
    assert "line 2" in done.stderr
