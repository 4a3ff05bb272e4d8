"""A source framed in an "as" clause ("As the harbour paper reported, the ferry lost money"):
the clause the "as" clause hangs on is the source's words; a verb of anything but saying
there, or one with an object of its own, makes the clause a time instead."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [(q.text, q.cue) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        ("As Ms Dunmore noted, the quarry has been closed since May.", "quarry has been", "noted"),
        (
            "As the Harbour Gazette reported, the ferry company lost money again.",
            "ferry company lost money",
            "reported",
        ),
        (
            "The ferry lost money, as the harbour paper reported on Friday.",
            "ferry lost",
            "reported",
        ),
        ("As the mayor told reporters, the bridge will reopen.", "bridge will reopen", "told"),
    ],
)
def test_as_clause_of_saying_reports_the_main_clause(
    pipeline: Pipeline, text: str, words: str, cue: str
) -> None:
    found = _quotes(pipeline, text)
    assert any(words in t and c == cue for t, c in found), found


@pytest.mark.parametrize(
    "text",
    ["As he spoke, the crowd cheered.", "As she said goodbye, the ferry left the quay."],
)
def test_as_clause_of_time_reports_nothing(pipeline: Pipeline, text: str) -> None:
    found = _quotes(pipeline, text)
    assert not any("crowd cheered" in t or "ferry left" in t for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The quarry closed in May, as mentioned above.",
        "He nodded, as if to say that the quarry was closed.",
    ],
)
def test_as_clause_without_a_source_reports_nothing(pipeline: Pipeline, text: str) -> None:
    found = _quotes(pipeline, text)
    assert not any("quarry closed" in t or "He nodded" in t for t, _ in found), found


def test_perfect_in_as_clause_keeps_its_subject(pipeline: Pipeline) -> None:
    # "has noted" is a perfect with its own subject, not a passive participle
    text = "The harbour levy would drive fares up, as the Gazette has noted before."
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    speakers = [q.speaker.name for q in article.quotes if q.speaker and q.cue == "noted"]
    assert speakers == ["Gazette"], article.quotes
