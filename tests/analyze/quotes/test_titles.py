"""Quoted words that are a title, not anyone's words (analyze/quotes/titles.py): a speech's
title in quotation marks between a determiner and the noun of the occasion. Every text is
invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_speech_title_in_marks_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Governor Ivo Marek will make the announcement tomorrow at a `` State of the "
        "Harbour 's Future Security '' speech at Veska University ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "Harbour" in q[0]]


def test_a_term_in_marks_inside_the_writers_phrase_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "The Veska Council and the Harbour League began talks on Monday on a possible "
        "`` no-sail '' corridor along the coast of Osk ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "no-sail" in q[0]]


def test_the_speakers_words_in_marks_after_a_preposition_stay(pipeline: Pipeline) -> None:
    # a marked term after a preposition is as often the speaker's words ("for `` urgent
    # work ''") as the writer's ("talking about `` proven reserves ''"): it stays a quote
    text = (
        "In May the harbour engineer , Ivo Marek , went before the Veska board and "
        "requested $ 3m for `` urgent repairs '' that the city could not fund ."
    )
    assert speakers_shown(pipeline, text, "urgent repairs") == ["Ivo Marek"]


def test_a_single_word_in_marks_after_an_adjective_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Columnist Ora Venn went through a long list of what could have motivated mine "
        "and similar ` desertions ' . Perhaps we simply grew older ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "desertions" in q[0]]


def test_the_speakers_own_term_after_a_verb_of_calling_stays(pipeline: Pipeline) -> None:
    text = (
        "Ivo Marek , head of the Veska Trade Guild , called the new tariff a "
        "`` grave mistake '' on Tuesday ."
    )
    assert speakers_shown(pipeline, text, "grave mistake") == ["Ivo Marek"]


def test_the_speakers_term_after_described_as_stays(pipeline: Pipeline) -> None:
    text = "Mayor Lina Osk described the harbour plan as `` reckless '' on Friday ."
    assert speakers_shown(pipeline, text, "reckless") == ["Lina Osk"]


def test_a_programme_after_a_plural_owner_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Dana Ruell is editor of the Veska Herald . She is a member of the panel of "
        "Harbour News ' `` Sunday Table with Ivo Marek '' as well as an analyst ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "Sunday Table" in q[0]]


def test_the_speakers_term_after_as_a_stays(pipeline: Pipeline) -> None:
    text = "Governor Ivo Marek hailed the harbour vote as a `` bright signal '' on Friday ."
    assert speakers_shown(pipeline, text, "bright signal") == ["Ivo Marek"]


def test_a_programme_after_on_the_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Actress Dana Ruell took some flak in the Veska press for criticising the harbour "
        "board on the `` Night Hour '' with Ivo Marek . `` She was wrong , '' Ana Brel said ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "Night Hour" in q[0]]
    shown = speakers_shown(pipeline, text, "She was wrong")
    assert len(shown) == 1 and shown[0] is not None and "Brel" in shown[0]


def test_the_speakers_words_after_on_stay(pipeline: Pipeline) -> None:
    # "on" with no "the" brings in what the words are about, and the words stay a quote
    text = "Mayor Lina Osk spoke on `` Hope For The Harbour '' , her plan for the port ."
    assert all(
        "Hope For" not in q[0] or q[1] == "Lina Osk" for q in quotes_and_speakers(pipeline, text)
    )
