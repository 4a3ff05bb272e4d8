""" "One of them" as a source, shown as one of the described group that spoke last, else
as no one (one_of_them.py). Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_one_of_a_described_group_is_shown_as_one_of_that_group(pipeline: Pipeline) -> None:
    text = (
        "Two engineers who worked at the Brennic Power dam until last year told the Courier "
        "that the firm had kept the lake too full. One of them, who asked not to be named, "
        'said that the gates had been opened "far too late."'
    )
    (shown,) = speakers_shown(pipeline, text, "far too late")
    assert shown is not None and shown.startswith("one of two engineers")


def test_one_of_two_people_named_apart_is_shown_as_no_one(pipeline: Pipeline) -> None:
    # which of the two spoke is not written: never "One of them" as if it were a source
    text = (
        "Mayor Ilsa Varn and councillor Jon Pekkel visited the site on Monday. One of them "
        "said the repairs would take a year."
    )
    assert speakers_shown(pipeline, text, "repairs would take") == [None]
