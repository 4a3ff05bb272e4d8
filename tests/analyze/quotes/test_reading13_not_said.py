"""Words shown as said that nobody said, from the held-out reading of main a4ce8a9 (issue
14): the object of "citing" or "repeated the theme", a plan "proposing to", and the writer's
words before "because, according to X, ``...''". Texts are written for these tests, in the
corpus's tokenised style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Another 40 rebels were hurt in the blast , rebel spokesman Omar Halvi said , "
            "citing figures from Corvale General Hospital .",
            "figures from",
        ),
        ("Minister Ana Ruiz repeated the theme on Monday in Corvale .", "the theme"),
        (
            "The ministry is proposing to purchase those failing assets to help the banks "
            "stay afloat .",
            "to purchase",
        ),
    ],
)
def test_what_is_not_said_shows_no_speaker(pipeline: Pipeline, text: str, words: str) -> None:
    assert speakers_shown(pipeline, text, words) == [None]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The mayor repeated the claim that the dam is safe .", "the dam is safe", "The mayor"),
        (
            "Another 40 rebels were hurt in the blast , rebel spokesman Omar Halvi said .",
            "Another 40",
            "Omar Halvi",
        ),
        ("Tom Hale proposed that the bridge be closed .", "the bridge", "Tom Hale"),
    ],
)
def test_words_given_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_according_to_after_because_does_not_take_the_writer_s_words(pipeline: Pipeline) -> None:
    text = (
        "A year later , the engineers tried to maintain that the dam `` might '' crack "
        "because , according to one government engineer , `` the absence of evidence is not "
        "evidence of absence '' ."
    )
    shown = [(q, s) for q, s in quotes_and_speakers(pipeline, text) if s is not None]
    assert not any(q.startswith("A year later") for q, _ in shown)
