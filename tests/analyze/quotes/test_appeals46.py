"""An appeal to a listener is shown as no statement in every form of its verb (rank46,
issue 14): "called on X to ..." was hidden (notspeech45) while "by calling on X to rise
up" was shown as speech, the parse reading the participle's "on" as a particle and the
listener as its object. The other forms ("calls on", "has called for", "urging",
"appealing to") stay hidden; quoted words and a plain "called for a ban" are untouched.
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, stated_quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "text",
    [
        # the participle after a preposition: shown before this rule
        "Marisol Quenby tried to win the vote by calling on villagers to march against the mayor .",
        "Marisol Quenby won the vote after calling on villagers to march against the mayor .",
        "So Marisol Quenby on Friday tried to scare the other mayors into backing her by "
        "calling on villagers to rise up in a march against mayors who let the miners in .",
        # the verb's other forms, hidden already
        "Marisol Quenby called on the villagers of Velmar Falls to rise up against the council .",
        "Marisol Quenby calls on the villagers of Velmar Falls to rise up against the council .",
        "Marisol Quenby has called for the villagers of Velmar Falls to rise up .",
        "Marisol Quenby won the vote , calling on villagers to march against the mayor .",
        "Marisol Quenby has been calling on villagers to march against the mayor .",
        "Marisol Quenby tried to win the vote by urging villagers to march against the mayor .",
        "Marisol Quenby spoke on Monday , appealing to the villagers to stay at home .",
    ],
)
def test_an_appeal_in_any_form_of_the_verb_is_no_statement(pipeline: Pipeline, text: str) -> None:
    assert stated_quotes(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Marisol Quenby called on Monday for the dam to be closed .", "dam"),
        (
            'Marisol Quenby spoke on Monday , calling on villagers : " Stay home . "',
            "Stay home",
        ),
    ],
)
def test_words_beside_a_call_still_show_their_speaker(
    pipeline: Pipeline, text: str, words: str
) -> None:
    shown = [q for q in stated_quotes(pipeline, text) if words in q.text]
    assert shown and shown[0].speaker is not None
    assert shown[0].speaker.name == "Marisol Quenby"
