""" "As X put it" tells whose words a sentence gives (session 49, issue 14): without it the
quoted words went to the name nearest them, the one they were said to. Texts written for
these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_as_x_put_it_is_x_not_the_one_it_was_said_to(pipeline: Pipeline) -> None:
    text = (
        "The network and its defenders say it is no more biased than others. As Ms. Varga "
        "put it in a statement to my colleague Peter T. Olsen in July, the network is "
        '"providing a view you will not get anywhere else."'
    )
    assert speaker_text(pipeline, text, "providing a view") == "Ms. Varga"


def test_as_a_paper_put_it_takes_the_quoted_words_after_it(pipeline: Pipeline) -> None:
    text = (
        "His degrees have not kept him from being seen, as The Valley Courier put it in a "
        "lengthy profile, “the operator.”"
    )
    assert speaker_text(pipeline, text, "the operator") == "The Valley Courier"


def test_put_it_with_a_colon_gives_the_words_after_it(pipeline: Pipeline) -> None:
    text = 'Tom Dana put it bluntly: "The city has run out of road."'
    assert speaker_text(pipeline, text, "run out of road") == "Tom Dana"


def test_putting_a_thing_somewhere_says_nothing(pipeline: Pipeline) -> None:
    text = "Tom Dana put it on the table and left. Ana Ruiz put it away."
    assert quotes_and_speakers(pipeline, text) == []
