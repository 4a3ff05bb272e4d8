"""A verb of saying inside another's words (analyze/quotes/nesting.py): a second clause
with its own source is cut off and keeps its speaker, and a joined verb of saying shares
the outer speaker (statements2, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, quotes_and_speakers

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_second_clause_with_its_own_source_is_cut_off(pipeline: Pipeline) -> None:
    text = (
        "Animal studies suggest that it lowers levels of the brain chemical dopamine , and "
        "some doctors and campaigners have argued that research into the drug sends a "
        "falsely reassuring message ."
    )
    quotes = quotes_and_speakers(pipeline, text)
    first = [q for q in quotes if "dopamine" in q[0]]
    second = [q for q in quotes if "reassuring message" in q[0]]
    assert first and "argued" not in first[0][0]
    assert second and second[0][1] is not None and "doctors" in second[0][1]


def test_a_joined_verb_of_saying_shares_the_outer_speaker(pipeline: Pipeline) -> None:
    text = (
        "Inside the same cafe , opposition activists claim gangs stalking Osk 's streets are "
        "paid to attack them and tell me they 're not going to give up until the mayor goes ."
    )
    q = quote_with(pipeline, text, "not going to give up")
    assert q.stated and q.speaker is not None and q.speaker.name == "opposition activists"
