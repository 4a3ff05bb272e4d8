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


def test_a_participle_joined_to_a_statement_is_its_own_quote(pipeline: Pipeline) -> None:
    # a participle with no subject of its own is usually no attribution ("opposing the
    # plan"), but joined to a statement's words it is the same speaker's second statement
    text = (
        "Ms Okafor escalated her attack on Tuesday, telling reporters that the mayor is a "
        "fake and questioning how he has got away with not paying his taxes."
    )
    found = _quotes(pipeline, text)
    assert ("how he has got away with not paying his taxes", "Okafor") in found, found
    assert ("the mayor is a fake", "Okafor") in found, found


def test_a_subjectless_participle_alone_is_no_quote(pipeline: Pipeline) -> None:
    text = "The council met on Tuesday.\n\nOpposing the plan to close the library is hard."
    assert _quotes(pipeline, text) == []


def test_a_joined_participle_keeps_its_closing_quote_mark(pipeline: Pipeline) -> None:
    # the quoted words end past the outer clause's last word, at their closing mark
    text = (
        "Ms Okafor told reporters that the ferry board was a sham and questioning how it "
        "had “got away with closing the pier.”"
    )
    found = _quotes(pipeline, text)
    assert any(t.startswith("how it had") and s == "Okafor" for t, s in found), found
    assert any(t.startswith("the ferry board was a sham") for t, s in found), found
