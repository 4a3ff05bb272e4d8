"""An indefinite source named in the next sentence by a name the recogniser mislabelled or
missed (named_again.named_next with kind_bodies.opening_name). Texts written for these
tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _text(name: str, appositive: str) -> str:
    return (
        "Prosecutors raised the total on Thursday, after a forensic accountant told the court "
        "she had traced a further 900,000 thalers through an account.\n\n"
        f"{name}, {appositive}, said the payments had been made in 14 instalments."
    )


def test_a_name_taken_for_a_body_still_names_the_source(pipeline: Pipeline) -> None:
    text = _text("Ines Mavrodi", "a forensic accountant with the national audit office")
    assert speakers_shown(pipeline, text, "traced a further") == ["Ines Mavrodi"]


def test_a_name_the_recogniser_missed_still_names_the_source(pipeline: Pipeline) -> None:
    text = _text("Wenna Drast", "a forensic accountant with the national audit office")
    assert speakers_shown(pipeline, text, "traced a further") == ["Wenna Drast"]


def test_a_name_whose_appositive_says_another_role_does_not(pipeline: Pipeline) -> None:
    text = _text("Ines Mavrodi", "a lawyer for the defence")
    assert speakers_shown(pipeline, text, "traced a further") == ["a forensic accountant"]


def test_a_place_opening_the_next_sentence_names_no_one(pipeline: Pipeline) -> None:
    text = _text("Velmar Falls", "a town of 9,000 people")
    assert speakers_shown(pipeline, text, "traced a further") == ["a forensic accountant"]
