"""A participle hung on what a verb of answering answers ("responded to the report saying
...") is the answer of that verb's subject, not words of the thing answered; "pointed to a
sign saying" stays the sign's words."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES
from quote_helpers import quotes_and_speakers as _quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_response_to_an_account_is_the_responders_statement(pipeline: Pipeline) -> None:
    text = (
        "Vexa Mining has responded to Mr Orlan's account saying Tarrow Drilling was "
        "responsible for the pump."
    )
    found = _quotes(pipeline, text)
    assert found == [("Tarrow Drilling was responsible for the pump", "Vexa Mining")], found


def test_reply_to_a_letter_is_the_repliers_statement(pipeline: Pipeline) -> None:
    text = "The Brenford council replied to the petition saying the fees would stay."
    found = _quotes(pipeline, text)
    assert found == [("the fees would stay", "The Brenford council")], found


def test_a_sign_pointed_to_is_not_the_pointers_statement(pipeline: Pipeline) -> None:
    found = _quotes(pipeline, "She pointed to a sign saying the shop was closed.")
    assert all(speaker is None for _, speaker in found), found


def test_a_denied_response_gives_the_subject_none_of_the_letters_words(
    pipeline: Pipeline,
) -> None:
    text = "Dalcor Energy has not yet responded to a letter saying its plant is unsafe ."
    found = _quotes(pipeline, text)
    assert all(speaker != "Dalcor Energy" for _, speaker in found), found
    text = "Dalcor Energy has not responded to the letter saying its plant is unsafe ."
    found = _quotes(pipeline, text)
    assert all(speaker != "Dalcor Energy" for _, speaker in found), found


def test_a_petition_first_named_is_told_by_its_own_words(pipeline: Pipeline) -> None:
    text = (
        "The mayor responded to a petition saying the plant should close , and promised a "
        "vote in May ."
    )
    found = _quotes(pipeline, text)
    assert all(speaker != "The mayor" for _, speaker in found), found
