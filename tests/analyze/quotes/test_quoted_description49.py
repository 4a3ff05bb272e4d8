"""A person described inside the quoted words is no rival antecedent for the "he said"
that closes them (fix49, issue 14): `Dr. Ivo Brannek runs the ward. "The first patient
came in with a fever," he said` left "he" unresolved, the quoted sentence's subject
("The first patient") counted as someone the narration turned to. Described people in
the narration still block a guess. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_person_described_inside_the_quote_is_no_rival(pipeline: Pipeline) -> None:
    text = (
        "Dr. Ivo Brannek has run the ward at Selm Hospital for six years. "
        '"We had never seen this fever before. The first patient came in with a rash, '
        'and within a day he could not stand," he said.'
    )
    assert speakers_shown(pipeline, text, "never seen this fever") == ["Ivo Brannek"]


def test_a_person_described_in_the_narration_still_blocks(pipeline: Pipeline) -> None:
    text = (
        "Dr. Ivo Brannek has run the ward at Selm Hospital for six years. "
        "The first patient came in with a rash on Monday. "
        '"Within a day he could not stand," he said.'
    )
    assert speakers_shown(pipeline, text, "could not stand") == [None]
