"""Credits (bylines, author stamps, wire credits) name no speaker and no antecedent."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.nonspeakers import credit_spans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "text",
    [
        'By Peter Marsh\n\nThe council voted on Tuesday. "It is a good day," he said.',
        'Sam Ortiz | 18:00 UK time\n\nThe council voted on Tuesday. "It is a good day," he said.',
    ],
)
def test_a_byline_is_not_the_antecedent_of_he(pipeline: Pipeline, text: str) -> None:
    q = quote_with(pipeline, text, "good day")
    assert q.speaker is not None
    assert q.speaker.canonical is None and q.speaker.name is None


def test_a_wire_credit_after_the_story_is_not_an_antecedent(pipeline: Pipeline) -> None:
    text = (
        '"It is a good day," he said.\n\n(Reporting by Peter Marsh; Editing by Tom Hale)\n\n'
        '"We will look again," he said.'
    )
    q = quote_with(pipeline, text, "look again")
    assert q.speaker is not None and q.speaker.canonical is None


def test_a_person_in_the_story_still_takes_the_pronoun_after_a_byline(
    pipeline: Pipeline,
) -> None:
    text = (
        "By Peter Marsh\n\nCouncillor Ruth Adler voted against the plan on Tuesday. "
        '"It is a bad day," she said.'
    )
    q = quote_with(pipeline, text, "bad day")
    assert q.speaker is not None and q.speaker.canonical == "Ruth Adler"


def test_credit_shapes() -> None:
    text = (
        "By Ana Ruiz and Tom Hale\n"
        "By noon the road was shut.\n"
        "Photograph by Lena Holm\n"
        "Mira Sand | 09.30 GMT\n"
        "(Additional reporting by Jo Kim in Oslo)\n"
        "The mayor said by Friday the work would end."
    )
    credits = credit_spans(text)
    for name in ("Ana Ruiz", "Tom Hale", "Lena Holm", "Mira Sand", "Jo Kim"):
        assert credits.covers(text.index(name)), name
    assert not credits.covers(text.index("noon"))
    assert not credits.covers(text.index("mayor"))
    assert not credits.covers(text.index("Friday"))
