"""A content left as a lone piece of a word once its leading "that" is trimmed ("That's
according to ...") or a bare infinitive marker ("if they wanted to") is no words said;
an answer word ("said no") or an infinitive with its verb still is. A bare imperative
naming verb opening its sentence ("Call it X.") is the writer naming a thing."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    return [q.text for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "That's according to early returns from the county clerk.",
        "They could pick any club they wanted to, or they could stay home if they did not want to.",
    ],
)
def test_a_lone_clitic_or_infinitive_marker_is_no_content(pipeline: Pipeline, text: str) -> None:
    assert _texts(pipeline, text) == []


def test_an_answer_word_and_a_whole_infinitive_stay(pipeline: Pipeline) -> None:
    assert _texts(pipeline, "The mayor said no.") == ["no"]
    assert "he wanted to stay" in _texts(pipeline, "The coach said he wanted to stay.")


def test_an_imperative_naming_is_the_writers(pipeline: Pipeline) -> None:
    """ "Call it X." opening a sentence names a thing with nobody to say it; with a
    subject ("Critics call it ...") or inside quoted words it stays someone's."""
    assert _texts(pipeline, "Call it the politics of the pier. The ferry vote was close.") == []
    assert _texts(pipeline, "Fishermen call it the politics of the pier.") == ["it"]
    quoted = _texts(pipeline, '"Call it a disgrace," the mayor said.')
    assert quoted == ['"Call it a disgrace,"']
