"""A speech noun owned by the name set before it ("a Valley Courier report that ...") and a
document by the one who put it out ("according to a speech Ms. Ruiz delivered"), from the
held-out reading of PolNeAR dev in session 49 (issue 14): the claim was shown as the words
of whoever took the report up, or of "a speech". Texts written for these tests, with
invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (
            "Ana Ruiz is seizing upon a Valley Courier report that Tom Dana had a net loss "
            "of more than $915 million in 1995.",
            "had a net loss",
            "Valley Courier",
        ),
        (
            "Tom Dana welcomed a Ruiz campaign claim that the race was tied.",
            "was tied",
            "Ruiz campaign",
        ),
    ],
)
def test_the_name_before_a_speech_noun_owns_it(
    pipeline: Pipeline, text: str, words: str, owner: str
) -> None:
    assert speaker_text(pipeline, text, words) == owner


def test_a_date_before_a_speech_noun_owns_nothing(pipeline: Pipeline) -> None:
    text = "Tom Dana welcomed a Sept. 5 report that the race was tied."
    # a date says when the report came out, not whose it is (no owner is read off it)
    assert speaker_text(pipeline, text, "was tied") == "Tom Dana"


@pytest.mark.parametrize(
    ("text", "words", "maker"),
    [
        (
            "The goal is to persuade executives to manage for the long term, according to a "
            "speech Ms. Ruiz delivered at Velmar University in July.",
            "persuade executives",
            "Ms. Ruiz",
        ),
        (
            "The plant will close in May, according to a letter that the mayor sent to workers.",
            "plant will close",
            "the mayor",
        ),
    ],
)
def test_according_to_a_document_is_its_maker(
    pipeline: Pipeline, text: str, words: str, maker: str
) -> None:
    assert speaker_text(pipeline, text, words) == maker


@pytest.mark.parametrize(
    "text",
    [
        "The new advert replays Harlow Bureau criticism of Senator Vane's travel spending. "
        "It also mentions his votes on the port budget.",
        "A FIRE - BOMB attack on a bank in Ostrel injured two guards.",
    ],
)
def test_a_name_before_a_noun_without_a_that_clause_speaks_no_words(
    pipeline: Pipeline, text: str
) -> None:
    # "Bureau criticism of ...": the name tells whose criticism was replayed, not words the
    # bureau said here; nor does a headline's capitalised word before "attack" speak
    doc = pipeline.run(Article(id="t", text=text))
    sources = [q.speaker.text for q in doc.quotes if q.speaker is not None]
    assert not any("Bureau" in s or "BOMB" in s for s in sources)
