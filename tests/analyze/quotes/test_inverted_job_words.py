"""A job word between an inverted verb and the name after a quotation (attribution.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "tail",
    [
        "claims writer Dana Quill.",
        "claims columnist Dana Quill.",
        "notes analyst Dana Quill of the Orbis Bank.",
    ],
)
def test_a_job_word_after_an_inverted_verb_names_the_speaker(pipeline: Pipeline, tail: str) -> None:
    # the parse reads the verb into the name ("claims writer Dana Quill" as one noun
    # phrase): the writer naming themselves after the quote speaks, not the body before it
    text = (
        "Velmar Aero says they must raise output from two a month to ten. "
        '"It is an extraordinary challenge, no one has built planes at that rate," ' + tail
    )
    assert speakers_shown(pipeline, text, "extraordinary challenge") == ["Dana Quill"]
