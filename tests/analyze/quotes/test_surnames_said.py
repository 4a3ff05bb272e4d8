"""A bare surname source whose full name only an earlier source phrase gives, the
recogniser having marked the name as a body or nothing (surnames_said.py). Texts written
for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_TEXT = (
    "Prosecutors raised the total on Thursday. Ines Mavrodi, a forensic accountant with the "
    'national audit office, said the payments had been made in 14 instalments. "The pattern '
    'is consistent and it is not subtle," Mavrodi said.'
)


def test_the_surname_is_shown_as_the_name_given_in_full_before(pipeline: Pipeline) -> None:
    assert speakers_shown(pipeline, _TEXT, "The pattern is consistent") == ["Ines Mavrodi"]


def test_two_people_of_the_surname_leave_it_as_written(pipeline: Pipeline) -> None:
    text = _TEXT.replace(
        "Prosecutors raised the total on Thursday.",
        "Prosecutors raised the total on Thursday. Ilse Mavrodi, a forensic accountant with "
        "the harbour office, said she had seen the ledgers.",
    )
    shown = speakers_shown(pipeline, text, "The pattern is consistent")
    assert shown[0] in ("Mavrodi", None), shown
