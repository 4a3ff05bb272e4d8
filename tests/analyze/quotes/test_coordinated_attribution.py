"""A second verb of saying joined to the first one's words ("Ms Okafor says the answer was
to close the quarry and says she wrote a bill"): the parse hangs it inside the first
clause, but it is a statement of its own, and its subject is the first verb's."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES
from quote_helpers import quotes_and_speakers as _quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_joined_verb_of_saying_is_its_own_quote(pipeline: Pipeline) -> None:
    text = (
        "Ms Okafor says the obvious answer was to close the quarry "
        "and says she wrote a bill to do it."
    )
    found = _quotes(pipeline, text)
    assert ("she wrote a bill to do it", "Okafor") in found, found
    assert any(t.startswith("the obvious answer") for t, _ in found), found


def test_belief_inside_a_statement_stays_one_quote(pipeline: Pipeline) -> None:
    # "says she believes": one statement of a belief, not two statements
    text = "Ms Okafor said she believed the ferry would run again."
    found = _quotes(pipeline, text)
    assert [t for t, _ in found] == ["she believed the ferry would run again"], found
