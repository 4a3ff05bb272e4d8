"""Speakers the parse hid behind words fronted before them: a topic ("Of Brekke,
Halvorsen, who backs Solberg, said, '...'": the parse takes "Of" for the subject and the
name for an apposition to "Brekke"), and a reported clause's subject with a participle or
a term in marks ("Any ''clear-eyed'' reading of it, said Tove Brekke, an expert, would
..."), which the speaker interrupts."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_name_after_a_fronted_topic_speaks(pipeline: Pipeline) -> None:
    text = (
        "Mr. Dahl was blunt about the field. “His lack of knowledge is disturbing to me.” "
        "Of Brekke, Halvorsen, who has given money to Ingrid Solberg, said, “He’s flat-out "
        "scary. I think he’s a wonderful man, but he’s totally vapid.”"
    )
    quote = quote_with(pipeline, text, "flat-out scary")
    assert quote.speaker is not None and quote.speaker.text == "Halvorsen", quote


def test_the_speaker_interrupting_a_subject_with_a_marked_term_speaks(
    pipeline: Pipeline,
) -> None:
    text = (
        "Any ''clear-eyed'' reading of Mr. Dahl's actions, said Tove Brekke, an expert on the "
        "region at the Velmar Institute, would read this as a public admission that the "
        "city is bowing out."
    )
    quote = quote_with(pipeline, text, "public admission")
    assert quote.speaker is not None and quote.speaker.text == "Tove Brekke", quote
    assert "clear-eyed" not in quote.text, quote


def test_a_clause_subject_with_a_finite_verb_is_not_interrupted(pipeline: Pipeline) -> None:
    """ "Aides who ran the board, said ...": a clause inside the subject keeps it whole."""
    text = (
        "The board met on Monday. Aides to Ana Ruiz, who ran the board, said their plans "
        "were ready."
    )
    quote = quote_with(pipeline, text, "plans were ready")
    assert quote.speaker is not None and quote.speaker.text.startswith("Aides"), quote


def test_a_described_name_after_the_quote_speaks(pipeline: Pipeline) -> None:
    """ "“...,” Tove Brekke, a top outside Dahl adviser, said": when the parse gives the
    verb no subject, the person named right after the quote is the speaker, not the
    subject of the sentence before (whose words these are not)."""
    text = (
        "The effort reflects her advisers’ wariness of polls continuing to show deep "
        "dissatisfaction with the direction of the economy. “It is not the position that "
        "everything is hunky-dory,” Tove Brekke, a top outside Dahl adviser, said at a recent "
        "event on the economy in Velmar."
    )
    quote = quote_with(pipeline, text, "hunky-dory")
    assert quote.speaker is not None and quote.speaker.text == "Tove Brekke", quote


def test_the_one_told_after_a_participle_is_not_the_speaker(pipeline: Pipeline) -> None:
    """ "“...,” telling Channel 9 that ...": a participle after the closing mark is not an
    inverted attribution; the noun after it is who heard the words."""
    text = (
        "The Velmar Harbor Trust did not want to address “that person,” telling Channel 9 "
        "that the group is focused on “ending senseless gun violence.”"
    )
    quote = quote_with(pipeline, text, "the group is focused")
    assert quote.speaker is not None and quote.speaker.text == "The Velmar Harbor Trust", quote
