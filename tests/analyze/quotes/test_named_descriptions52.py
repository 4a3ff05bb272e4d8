"""A description opening with a determiner or a number, with a person's name set off right
after it ("One of the men, Ezra Quill, 70, had served in the navy and said ..."): the
speaker is the name, not "One of the men", wherever the verb stands (source_ends.py,
`with_appositive`). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.source_ends import with_appositive
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _grown(text: str, source: str, cue: str, *people: str) -> str:
    mentions = []
    for name in people:
        at = text.index(name)
        mentions.append(EntityMention(at, at + len(name), name, "PERSON"))
    at = text.index(source)
    span = with_appositive(text, (at, at + len(source)), text.index(cue), mentions)
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    "text",
    [
        "One of the men, Ezra Quillfeather, 70, had served in the navy and said he was "
        "convinced that the plan would fail.",
        "One of the men, Ezra Quillfeather, had served in the navy and said he was "
        "convinced that the plan would fail.",
    ],
)
def test_the_name_given_a_description_speaks(pipeline: Pipeline, text: str) -> None:
    quote = quote_with(pipeline, text, "convinced")
    assert quote.speaker is not None
    assert quote.speaker.canonical == "Ezra Quillfeather"
    assert quote.speaker.resolution == "name"


def test_a_list_after_the_name_is_no_appositive() -> None:
    text = "The mayor, Ana Ruiz, and the board met and said the plan would fail."
    assert _grown(text, "The mayor", "said", "Ana Ruiz") == "The mayor"


def test_a_phrase_holding_a_person_keeps_its_own() -> None:
    text = "The lawyer for Tom Hale, Ana Ruiz, had met him and said he would appeal."
    assert _grown(text, "The lawyer for Tom Hale", "said", "Tom Hale", "Ana Ruiz") == (
        "The lawyer for Tom Hale"
    )


def test_a_name_phrase_is_not_grown_past_its_verb_phrase() -> None:
    # no determiner opens "Ana Ruiz": the old rule (the name right before the verb) only
    text = "Ana Ruiz, Tom Hale, 40, had met him and said he would appeal."
    assert _grown(text, "Ana Ruiz", "said", "Ana Ruiz", "Tom Hale") == "Ana Ruiz"
