"""The writer's own view in their own voice is no quote; a transcript's "I think" is
(asides.py; statements3, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.asides import transcript


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_columnists_i_think_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "The health minister spoke for an hour . This is , I think , the weakest plan that "
        "I have read all year ."
    )
    assert not quote_with(pipeline, text, "the weakest plan").stated


def test_a_commenters_i_agree_is_no_quote(pipeline: Pipeline) -> None:
    text = "I agree that there could be a better plan to aid the farmers of Veska ."
    assert not quote_with(pipeline, text, "a better plan").stated


def test_i_think_in_a_transcript_is_the_turn_holders_statement(pipeline: Pipeline) -> None:
    text = (
        "MAREK : Welcome back to the programme .\n"
        "We turn now to the harbour . The port has been shut for a week . RUIZ : The port "
        "will reopen . And I think the council will fall before May ."
    )
    assert transcript(text)
    assert quote_with(pipeline, text, "the council will fall").stated


def test_transcript_needs_two_turn_labels() -> None:
    assert not transcript("UPDATE : The port reopened on Monday .")
    assert transcript("ANA VELL , CORRESPONDENT : Hello .\nMAREK : Thank you , Ana .")


_INTERVIEW = (
    "Ana Korv has run the Veska central bank for six years . We asked her about prices .\n"
    "Q: Will rates rise this year ?\n"
    "A: I think rates will rise twice before December .\n"
    "Q: And the currency ?\n"
    "A: I believe it will hold ."
)


def test_a_q_and_a_interviews_answers_are_the_interviewees(pipeline: Pipeline) -> None:
    assert transcript(_INTERVIEW)
    assert quote_with(pipeline, _INTERVIEW, "rates will rise twice").stated


def test_repeated_labels_in_ordinary_case_are_turns() -> None:
    text = (
        "Host: Welcome back .\nAna Korv: Thank you .\nHost: Will rates rise ?\n"
        "Ana Korv: I think they will ."
    )
    assert transcript(text)


def test_one_label_in_ordinary_case_even_repeated_is_no_transcript() -> None:
    text = (
        "Update: The port reopened on Monday .\nI think the council was wrong .\n"
        "Update: The council met again .\nNote: times are local ."
    )
    assert not transcript(text)
