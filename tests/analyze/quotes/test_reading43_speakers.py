"""Speakers of the held-out reading of main e645f95 (issue 14): the one "was quoted by X
as saying" names (not X), a statement reported inside another's words (its own subject
said it), the people a bare apostrophe owns ("Daniels' colleagues"), a titled person
after the body in their title, a role's appositive name, and a spokeswoman shown as
herself. Texts are written for these tests, in the corpus's tokenised style, with
invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ivo Karsten was quoted by state television as saying the border would stay "
            "closed until the spring .",
            "border would stay",
            "Ivo Karsten",
        ),
        (
            "Ivo Karsten was quoted by the Velmar Falls Courier as saying that the border "
            "would stay closed .",
            "border would stay",
            "Ivo Karsten",
        ),
        (
            "The Dorvanian minister was cited by Kestra Radio as saying : `` The border will "
            "stay closed . ''",
            "border will stay",
            "The Dorvanian minister",
        ),
    ],
)
def test_the_one_quoted_by_an_outlet_speaks(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_an_outlet_that_quotes_someone_in_the_active_still_gives_them(
    pipeline: Pipeline,
) -> None:
    text = "State television quoted Ivo Karsten as saying the border would stay closed ."
    assert speakers_shown(pipeline, text, "border would stay") == ["Ivo Karsten"]
