"""A statement found inside another quote's words is kept as a quote of its own when it is
one: a second verb joined by a comma after a closing quotation mark, or by "while" with
a subject of its own. The first statement then ends where the second is joined to it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES
from quote_helpers import quotes_and_speakers as _quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_participle_after_a_closing_quotation_mark_is_its_own_quote(pipeline: Pipeline) -> None:
    text = (
        'The mayor is insisting that she has "expanded the party," claiming that '
        "she is responsible for the higher turnout."
    )
    found = _quotes(pipeline, text)
    assert ("she is responsible for the higher turnout", "The mayor") in found, found
    # the first statement ends where the second is joined to it
    assert ('she has "expanded the party,"', "The mayor") in found, found


def test_contrast_with_its_own_subject_is_its_own_quote(pipeline: Pipeline) -> None:
    text = "Most members said the levy should go, while the chair said it would stay."
    found = _quotes(pipeline, text)
    assert sorted(found) == [("it would stay", "the chair"), ("the levy should go", "Most members")]


def test_joined_statement_cuts_the_first_one_short(pipeline: Pipeline) -> None:
    text = "Ms Adeyemi says the old pier was unsafe and says she asked the council to shut it."
    found = _quotes(pipeline, text)
    assert ("the old pier was unsafe", "Adeyemi") in found, found
    assert ("she asked the council to shut it", "Adeyemi") in found, found


def test_trailing_report_of_someone_elses_words_is_the_source(pipeline: Pipeline) -> None:
    text = "Ana Ruiz said the dam would hold until spring, officials familiar with the talks said."
    found = _quotes(pipeline, text)
    # the officials are shown with what the text says of them (described_whole)
    expected = [
        ("Ana Ruiz said the dam would hold until spring", "officials familiar with the talks")
    ]
    assert found == expected, found


def test_trailing_report_by_the_same_speaker_keeps_the_inner_quote(pipeline: Pipeline) -> None:
    for text in (
        "Ana Ruiz suggested the dam would hold until spring, she said.",
        "Ana Ruiz suggested the dam would hold until spring, Ruiz said.",
    ):
        found = _quotes(pipeline, text)
        assert found == [("the dam would hold until spring", "Ana Ruiz")], (text, found)


def test_a_report_relaying_a_named_source_shows_that_source(pipeline: Pipeline) -> None:
    text = (
        "The lake has a new problem. AP reports: University of Lakeland ecologist Tomas "
        "Verin says the spill could make the dead zone larger."
    )
    found = _quotes(pipeline, text)
    speaker = "University of Lakeland ecologist Tomas Verin"
    assert found == [("the spill could make the dead zone larger", speaker)], found


def test_a_trailing_report_of_a_confirmation_shows_who_confirmed(pipeline: Pipeline) -> None:
    text = (
        "The Harbor Authority confirmed that the eastern pier is closed to ferries, "
        "the Dunmore Gazette reported."
    )
    found = _quotes(pipeline, text)
    assert found == [("the eastern pier is closed to ferries", "Harbor Authority")], found


def test_a_report_of_a_pronouns_words_stays_the_reporters(pipeline: Pipeline) -> None:
    found = _quotes(pipeline, "The Dunmore Gazette reported that he said the pier was closed.")
    assert found == [("he said the pier was closed", "Gazette")], found
