"""A description repeating words of a body's name names it again past the two sentences
`described_again` reads back over (kind_bodies.py). Texts written for these tests, with
invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_OPENING = (
    "About 9,000 bus drivers in Velmar province will strike from Monday, the drivers' guild "
    "said. The guild rejected a 3 percent offer from the Velmar Regional Transport Authority. "
    '"We have waited long enough," guild secretary Oda Brannock said. "Nobody wants this. '
    'But we have no choice." '
)


def test_a_description_repeating_the_name_s_words_names_the_body(pipeline: Pipeline) -> None:
    text = _OPENING + "The transport authority said the offer was the most it could afford."
    assert speakers_shown(pipeline, text, "the most it could afford") == [
        "Velmar Regional Transport Authority"
    ]


def test_a_bare_kind_noun_is_not_read_back_past_the_window(pipeline: Pipeline) -> None:
    text = _OPENING + "The authority said the offer was the most it could afford."
    assert speakers_shown(pipeline, text, "the most it could afford") != [
        "Velmar Regional Transport Authority"
    ]


def test_two_bodies_of_the_kind_leave_the_description(pipeline: Pipeline) -> None:
    text = _OPENING.replace(
        "from the Velmar Regional Transport Authority.",
        "from the Velmar Regional Transport Authority and the Orlen Regional Transport Authority.",
    ) + ("The transport authority said the offer was the most it could afford.")
    assert speakers_shown(pipeline, text, "the most it could afford") == ["The transport authority"]


def test_a_spokeswoman_speaks_for_the_body_a_description_named_again(
    pipeline: Pipeline,
) -> None:
    text = (
        "Dalcor Energy posted a loss. The company said the comparison was misleading. A "
        "spokeswoman said that overtime spending was a one-off cost."
    )
    assert speakers_shown(pipeline, text, "a one-off cost") == ["A spokeswoman for Dalcor Energy"]


def test_a_spokeswoman_after_a_description_naming_no_body_stays_bare(
    pipeline: Pipeline,
) -> None:
    text = (
        "Fares rose again in March. The company said the comparison was misleading. A "
        "spokeswoman said that overtime spending was a one-off cost."
    )
    assert speakers_shown(pipeline, text, "a one-off cost") == ["A spokeswoman"]
