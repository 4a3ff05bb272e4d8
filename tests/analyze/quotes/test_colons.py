"""A live chat's reader handles are not speakers (colons.py; statements3, issue 14).
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article

_CHAT = (
    "Film producer Ana Ruiz was online Wednesday to discuss her film .\n"
    "Marek Bros. : I enjoyed the program last evening .\n"
    "Veska City : A wonderful show . Does the bank retain its power ?\n"
    "Anonymous : When will it be a good time to buy a house again ?"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _speakers(pipeline: Pipeline, text: str) -> list[str | None]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q.speaker.name if q.speaker else None for q in article.quotes if q.stated]


def test_a_chat_readers_handle_is_no_speaker(pipeline: Pipeline) -> None:
    assert "Marek Bros." not in _speakers(pipeline, _CHAT)


def test_the_same_label_outside_a_chat_speaks(pipeline: Pipeline) -> None:
    text = "Marek Bros. : We will close the Veska plant in May ."
    assert "Marek Bros." in _speakers(pipeline, text)
