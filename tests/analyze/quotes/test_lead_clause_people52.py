"""Cue-less quoted words are not given to a person named only in a clause that opens
their sentence ("As Brannigan spoke, the union was whipping members against '...'"):
that clause says when or why; the sentence's subject comes after it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.introducers import same_sentence_person
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_name_in_an_opening_clause_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "This week will be a test of that idea. As Brannigan spoke, the union was going "
        "into overdrive, whipping members against “any and all cuts to the school budget” "
        "in a reaction to the plan."
    )
    quote = quote_with(pipeline, text, "any and all cuts")
    assert quote.speaker is None or "Brannigan" not in quote.speaker.text, quote


def test_a_name_after_the_opening_clause_still_speaks(pipeline: Pipeline) -> None:
    text = (
        "The vote is set for Thursday. When the hearing closed, Tove Brannigan was going "
        "into overdrive, whipping members against “any and all cuts to the school budget” "
        "in the hall."
    )
    quote = quote_with(pipeline, text, "any and all cuts")
    assert quote.speaker is not None and quote.speaker.text == "Tove Brannigan", quote


def _person(text: str, name: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(start, start + len(name), name, "PERSON", name, None)


@pytest.mark.parametrize(
    ("text", "name", "speaks"),
    [
        # cut at the first comma, the opening clause has no verb after the name
        (
            "As Tove Brannigan, a professor of law at Velmar, put it, “Senate members "
            "should remember the long game.”",
            "Tove Brannigan",
            True,
        ),
        # an opening clause that reports words names who gave them
        ("As Brannigan said, “the long game is the only game.”", "Brannigan", True),
        # an opening clause with a verb of its own is done with its person
        (
            "As Brannigan spoke, the union was whipping members against “any and all cuts "
            "to the school budget” in the hall.",
            "Brannigan",
            False,
        ),
    ],
)
def test_which_opening_clauses_keep_their_person(text: str, name: str, speaks: bool) -> None:
    person = _person(text, name)
    found = same_sentence_person(text, [Sentence(0, len(text))], [person], text.index("“"))
    assert (found == (person.start, person.end)) is speaks, found
