"""A body's name runs on through "for" or "of" (fix49, issue 14): "The independent
Coalition for Fair Elections, which deployed observers, said ..." was shown as "The
independent Coalition", the source cut at the preposition. "Officials in Vell" and "a
spokesman for the Union" keep their cut. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.body_names import with_body_name_tail


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_whole_name_of_the_body_is_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "The independent Alliance for Open Ballots, which sent 900 observers, said the water "
        "at Selm was safe to drink."
    )
    q = quote_with(pipeline, text, "safe to drink")
    assert q.speaker is not None
    assert q.speaker.name == "The independent Alliance for Open Ballots"


@pytest.mark.parametrize(
    ("text", "cut", "left"),
    [
        ("The Committee for Clean Rivers said", 13, "The Committee for Clean Rivers"),
        ("Officials in Vell said", 9, "Officials"),  # a capital that opens the phrase
        ("A spokesman for the Union said", 11, "A spokesman"),  # no body's kind noun
        ("The Union of Tarrow Miners said", 9, "The Union of Tarrow Miners"),
        ("The Union in Vell said", 9, "The Union"),  # "in" opens no name's tail
        ("The Tarrow Harbour Council on Friday said", 26, "The Tarrow Harbour Council"),
        ("The Tarrow Harbour Council on the Monday said", 26, "The Tarrow Harbour Council"),
        ("The Harbour Council in March said", 19, "The Harbour Council"),
        ("The Committee on Harbour Safety said", 13, "The Committee on Harbour Safety"),
    ],
)
def test_with_body_name_tail(text: str, cut: int, left: str) -> None:
    start, end = with_body_name_tail(text, (0, cut))
    assert text[start:end] == left
