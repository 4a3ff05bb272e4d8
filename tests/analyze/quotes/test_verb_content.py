"""A statement interrupted by the question put to its speaker keeps its words
(verb_content.py; statements3, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_said_when_asked_whether_that_gives_the_answer_to_the_speaker(pipeline: Pipeline) -> None:
    text = "Ivo Marek said , when asked whether he would resign , that he had done nothing wrong ."
    answer = quote_with(pipeline, text, "done nothing wrong")
    assert answer.stated and answer.speaker is not None and answer.speaker.name == "Ivo Marek"
    assert "resign" not in answer.text
    question = quote_with(pipeline, text, "whether he would resign")
    assert not question.stated and "done nothing" not in question.text
