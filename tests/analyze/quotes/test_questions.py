"""Questions put to someone versus questions someone put (questions.py): texts written for
these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_question_asked_after_an_appositive_is_the_subject_s(pipeline: Pipeline) -> None:
    # the comma closes the appositive "angry at the delay": the residents asked
    text = "Dozens of residents , angry at the delay , asked whether the plant was safe ."
    assert speakers_shown(pipeline, text, "plant was safe") == ["Dozens of residents"]


def test_a_question_put_after_said_and_when_is_still_received(pipeline: Pipeline) -> None:
    text = (
        "The harbour would stay shut `` for as long as it takes '' , Tarn Velo said , when "
        "asked whether the board might reopen it ."
    )
    assert speakers_shown(pipeline, text, "board might reopen") == [None]
    assert speakers_shown(pipeline, text, "for as long as it takes") == ["Tarn Velo"]
