"""A relative pronoun after an apposition (relatives.py): the clause is the named one's,
never the description's. Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.relatives import apposed_name
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_nationality_apposition_does_not_take_the_clause(pipeline: Pipeline) -> None:
    text = (
        "The evidence came from Tomas Verhoek , a Dutchman , who said the ship had sailed "
        "at night ."
    )
    assert speakers_shown(pipeline, text, "ship had sailed") == ["Tomas Verhoek"]


def test_a_name_the_recogniser_cut_short_still_owns_the_clause(pipeline: Pipeline) -> None:
    text = (
        "The report may rest on information gathered from Abu Karim al-Dorvani , a "
        "Dorvanian , who claimed the militia was linked to the army ."
    )
    assert speakers_shown(pipeline, text, "militia was linked") == ["Abu Karim al-Dorvani"]


def test_a_job_apposition_gives_the_clause_to_the_name(pipeline: Pipeline) -> None:
    text = "Officials met Piet Kalvaar , a Velm Oil engineer , who said the pipe had burst ."
    assert speakers_shown(pipeline, text, "pipe had burst") == ["Piet Kalvaar"]


def test_a_name_set_beside_a_role_keeps_the_clause(pipeline: Pipeline) -> None:
    text = (
        "The plan was backed by the ports minister , Ana Ruiz , who said the harbour would reopen ."
    )
    assert speakers_shown(pipeline, text, "harbour would reopen") == ["Ana Ruiz"]


def test_a_second_name_in_a_list_is_not_an_apposition(pipeline: Pipeline) -> None:
    text = (
        "The talks involved Velm Oil , the Dorvania National Bank , which said the loans "
        "were safe ."
    )
    assert speakers_shown(pipeline, text, "loans were safe") != ["Velm Oil"]


def test_which_after_a_persons_apposition_is_not_the_person() -> None:
    text = "Investors called Tom Hale , the oil chief , which said output fell ."
    entities = [EntityMention(17, 25, "Tom Hale", "PERSON", "Tom Hale")]
    d = Discourse(text, entities, [Sentence(0, len(text))])
    head = (text.index("the oil"), text.index(" , which"))
    at = text.index("which")
    assert apposed_name(d, head, "which", at) is None
    assert apposed_name(d, head, "who", at) == (17, 25)


def test_a_clause_inside_the_apposition_is_the_descriptions() -> None:
    text = "It is hard to imagine Tom Hale , a proven survivor who ruled for years , leaving ."
    entities = [EntityMention(22, 30, "Tom Hale", "PERSON", "Tom Hale")]
    d = Discourse(text, entities, [Sentence(0, len(text))])
    head = (text.index("a proven"), text.index(" who"))
    assert apposed_name(d, head, "who", text.index("who")) is None
