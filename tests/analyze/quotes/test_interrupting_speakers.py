"""A verb of saying set inside the clause it reports, between the clause's subject and its
predicate ("Voters, Ana Ruiz suggested, need not worry"; "The risk, said Tomas Orlov, an
engineer, is small"): the speaker is the phrase beside the verb, not the subject of the
reported clause the parse gave the verb (quotes/interrupted.py)."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_speaker_written_before_an_interrupting_verb(pipeline: Pipeline) -> None:
    text = (
        "The mill reopened in May. Voters, Marisol Quenby suggested, do not have to worry "
        "that the mill can sway the Velmar Falls council."
    )
    assert speaker_text(pipeline, text, "have to worry") == "Marisol Quenby"


def test_a_description_written_before_an_interrupting_verb(pipeline: Pipeline) -> None:
    text = (
        'The vote is on Monday. Quenby, a senior aide said, "is very sure of the plan" and '
        "she has often told the council so."
    )
    assert speaker_text(pipeline, text, "very sure") == "a senior aide"


def test_a_speaker_written_after_an_interrupting_verb(pipeline: Pipeline) -> None:
    text = (
        "Any fair reading of the vote, said Tomas Orlov, an expert on trade at the Velmar "
        "Institute, would see this as a loss for the mayor."
    )
    quote = quote_with(pipeline, text, "as a loss")
    assert quote.speaker is not None and quote.speaker.text == "Tomas Orlov", quote
    assert "Orlov" not in quote.text, quote


def test_a_speaker_with_a_relative_clause_after_an_interrupting_verb(pipeline: Pipeline) -> None:
    text = (
        "And Ruiz, said Marisol Quenby, who remains close to her former boss, does not "
        "forget a slight."
    )
    assert speaker_text(pipeline, text, "forget a slight") == "Marisol Quenby"


@pytest.mark.parametrize(
    "text, words",
    [
        # the closing comma of an appositive left out: the quoted words have a subject
        ('Ana Ruiz, the mayor said, "We will wait for the vote in Velmar Falls."', "We will"),
        ("Ana Ruiz, the mayor, said the plan for Velmar Falls would fail.", "would fail"),
    ],
)
def test_a_speaker_with_an_appositive_is_kept(pipeline: Pipeline, text: str, words: str) -> None:
    assert speaker_text(pipeline, text, words) == "Ana Ruiz"


def test_a_subject_with_a_relative_clause_before_the_verb_is_kept(pipeline: Pipeline) -> None:
    text = (
        "Aides to Ana Ruiz of Velmar Falls, who sat on the board for years, said their "
        "campaign speeches, already full of talk of the board, would focus even more on "
        "the mill."
    )
    assert speaker_text(pipeline, text, "focus even more") == "Aides"
