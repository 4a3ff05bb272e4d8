"""Quoted words led in by a short fronted phrase right after their speaker's sentence
(fronted_leads.py): texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_fronted_clause_leads_in_more_of_the_same_speakers_words(pipeline: Pipeline) -> None:
    text = (
        "The council met on Monday. ''It's a turning point for the town,'' said Tomas Orlov, "
        "a senior planner at the Velmar Housing Office. Unless the budget falls, ''it's very "
        "hard to see how the plan is stopped on its way to approval.''\n\nLater the mayor spoke."
    )
    assert speakers_shown(pipeline, text, "very hard to see") == ["Tomas Orlov"]


def test_a_fronted_adverb_leads_in_more_of_the_same_speakers_words(pipeline: Pipeline) -> None:
    text = (
        "The council met on Monday. “We were not happy when it was first announced,” said "
        "Tomas Orlov, head of policy at the Velmar Business Council. Now, “within the "
        "business community there is a sizable group saying this is fine.”\n\nAna Ruiz, an "
        "expert, disagreed."
    )
    assert speakers_shown(pipeline, text, "sizable group") == ["Tomas Orlov"]


def test_a_phrase_cited_inside_the_writers_sentence_stays_nobodys(pipeline: Pipeline) -> None:
    # the marks do not close the sentence: the writer cites a phrase of the leaflet's
    text = (
        "The council met on Monday. “We were not happy when it was first announced,” said "
        "Tomas Orlov, head of policy at the Velmar Business Council. Since then, “a costly "
        "gift to the builders of the town” is printed on every leaflet in the square.\n\n"
        "Ana Ruiz, an expert, disagreed."
    )
    assert speakers_shown(pipeline, text, "costly gift") == [None]


def test_a_lead_naming_someone_else_is_no_run_on(pipeline: Pipeline) -> None:
    # the lead brings in another person: the marked words are not shown as Orlov's
    text = (
        "The council met on Monday. “We were not happy when it was first announced,” said "
        "Tomas Orlov, head of policy at the Velmar Business Council. Like Ana Ruiz before "
        "him, “the town will have to pay for every road and every school twice over.”\n\n"
        "The vote is on Friday."
    )
    shown = [s for q, s in quotes_and_speakers(pipeline, text) if "pay for every road" in q]
    assert "Tomas Orlov" not in shown


def test_a_new_paragraph_is_no_longer_the_speakers_passage(pipeline: Pipeline) -> None:
    text = (
        "The council met on Monday. “We were not happy when it was first announced,” said "
        "Tomas Orlov, head of policy at the Velmar Business Council.\n\nIn the end, “the "
        "town will have to pay for every road and every school twice over.”\n\nThe vote is "
        "on Friday."
    )
    shown = [s for q, s in quotes_and_speakers(pipeline, text) if "pay for every road" in q]
    assert "Tomas Orlov" not in shown
