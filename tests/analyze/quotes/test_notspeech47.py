"""States of mind shown as statements (notspeech47, issue 14): a negation written apart
from its auxiliary in tokenised text ("does n't think", "did n't say whether"), a noun of
mood met in passing ("rose on hopes that ...", "tried to calm fears that ..."), a belief
asked about or bidden ("Are people worried ... ?", "whether he thought ...", "Do n't
think you 're immune"), a belief held by people a relative clause alone picks out
("those who believe ..."), and a perception ("felt his tires drive over someone").
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, stated_quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown_with(pipeline: Pipeline, text: str, words: str) -> bool:
    return any(words in q.text for q in stated_quotes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Marisol Quenby said the plan was sound . But she does n't think the Velmar "
            "Falls council will back it .",
            "council will back it",
        ),
        ("Ivo Marek did n't say whether the Osk mill would close .", "mill would close"),
    ],
)
def test_a_negation_written_apart_says_nothing(pipeline: Pipeline, text: str, words: str) -> None:
    assert not _shown_with(pipeline, text, words)


def test_a_negation_after_the_verb_of_saying_is_what_was_said(pipeline: Pipeline) -> None:
    assert _shown_with(pipeline, "Ana Ruiz said the Osk levy would n't pass .", "would n't pass")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Dorvanian Health Ministry tried to calm fears that the virus was spreading "
            "in Velmar Falls .",
            "virus was spreading",
        ),
        (
            "The Dorvanian Health Ministry tried to dampen fears that the virus was spreading .",
            "virus was spreading",
        ),
        (
            "He blamed the heavy selling on fears that the Tarnby government may be in turmoil .",
            "turmoil",
        ),
    ],
)
def test_a_mood_met_in_passing_is_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert not _shown_with(pipeline, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hope raised or held is the speaker's
        ("Ivo Marek raised faint hope that the Osk well might be capped this week .", "capped"),
        ("Osk Holdings has hopes that sales will exceed 700 .", "exceed 700"),
        # a proposition supported is a view stated, not a mood
        (
            "While Ivo Marek gives rhetorical support to the notion that the Osk port needs "
            "new owners , he also makes clear that jobs come first .",
            "needs new owners",
        ),
    ],
)
def test_a_mood_voiced_or_held_stays(pipeline: Pipeline, text: str, words: str) -> None:
    assert _shown_with(pipeline, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a question, a question put, and a command
        ("Are people along the Velmar coast worried they 'll get sick ?", "get sick"),
        (
            "When pressed at the hearing by a Velmar lawmaker on whether he thought the fund "
            "was a shakedown , Ivo Marek said he did n't think it was a slush fund .",
            "was a shakedown",
        ),
        ("Think you got it ? The answer is coming up .", "you got it"),
        ("Do n't think you 're immune just because you avoid strange sites .", "immune"),
        # people a relative clause alone picks out
        ("There are those who believe they got too little .", "too little"),
        # a perception
        (
            "As he was leaving the lot , he accelerated rapidly , and felt his front tires "
            "drive over someone .",
            "drive over",
        ),
    ],
)
def test_a_state_of_mind_is_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert not _shown_with(pipeline, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a view held now, and one with a condition on another clause, said
        ("Analyst Pell Arvin believes the Osk market will recover next year .", "recover"),
        (
            "If the Osk plan fails , Marisol Quenby believes the mill will close , she told "
            "reporters .",
            "mill will close",
        ),
        # a view of how things are, not a perception of an event
        ("Marisol Quenby felt the Velmar rules are unfair .", "unfair"),
        # a view a verb of saying reports
        ("Ana Ruiz said she thinks the Osk levy will pass .", "levy will pass"),
    ],
)
def test_a_view_stated_stays(pipeline: Pipeline, text: str, words: str) -> None:
    assert _shown_with(pipeline, text, words)
