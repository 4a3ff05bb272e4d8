"""Attributions that state nothing (plans, intentions, states of things, agentless passives)
keep their source span but show no speaker; real statements keep theirs."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _quotes(pipeline: Pipeline, text: str) -> tuple[Quote, ...]:
    return pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes


def test_a_plan_to_discuss_shows_no_speaker(pipeline: Pipeline) -> None:
    text = "Mayor Dana Whitfield aims to discuss the harbour budget with the unions next week."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_a_purpose_infinitive_shows_no_speaker(pipeline: Pipeline) -> None:
    text = "The two ministers met in Oslo on Monday to discuss new fishing quotas."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_an_intention_shows_no_speaker_but_keeps_its_source_span(pipeline: Pipeline) -> None:
    text = "The port authority plans to dredge the northern channel in spring."
    q = quote_with(pipeline, text, "dredge")
    assert _shown(q) is None
    assert q.speaker is not None and q.speaker.start is not None
    assert "authority" in text[q.speaker.start : q.speaker.end]


def test_a_state_of_things_with_seem_shows_no_speaker(pipeline: Pipeline) -> None:
    text = "Admissions to the two clinics seem to be falling after the cold week."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_a_small_clause_after_find_is_a_state(pipeline: Pipeline) -> None:
    text = "The two neighbours find their old treaty tested as the river dispute grows."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_find_with_a_that_clause_is_a_statement(pipeline: Pipeline) -> None:
    text = "Inspectors found that the dam's spillway had cracked in two places."
    q = quote_with(pipeline, text, "spillway")
    assert _shown(q) == "Inspectors"


def test_a_person_expecting_an_outcome_is_a_view(pipeline: Pipeline) -> None:
    text = "Economist Rosa Lindqvist expects grain prices to rise sharply this autumn."
    q = quote_with(pipeline, text, "grain prices")
    assert _shown(q) == "Rosa Lindqvist"


def test_a_passive_cue_without_agent_names_no_source(pipeline: Pipeline) -> None:
    text = "The new ferry is expected to enter service before the summer season."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q
        assert q.speaker is None or "ferry" not in q.speaker.text


def test_an_expletive_it_seems_names_nobody(pipeline: Pipeline) -> None:
    text = "It seems to me that the council has made a mountain out of a small leak."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_a_quantifier_is_never_a_speaker(pipeline: Pipeline) -> None:
    text = "Anyone with a boat would agree that the harbour wall needs repairs."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_say_with_any_subject_is_still_a_statement(pipeline: Pipeline) -> None:
    text = "The harbour master said the northern channel would reopen on Friday."
    q = quote_with(pipeline, text, "northern channel")
    assert _shown(q) == "The harbour master"


def test_went_on_to_say_is_said(pipeline: Pipeline) -> None:
    text = "Ida Marsh went on to say that the harbour fees would double."
    q = quote_with(pipeline, text, "harbour fees")
    assert _shown(q) == "Ida Marsh"


def test_a_stray_letter_is_not_a_speaker(pipeline: Pipeline) -> None:
    text = 'My sister don \' t listen , " I will go anyway " t said .'
    for q in _quotes(pipeline, text):
        assert _shown(q) != "t", q


def test_a_possessive_heading_with_a_colon_is_not_an_attribution(pipeline: Pipeline) -> None:
    text = (
        "Whitfield's Journey: Ports and Promises\n\n"
        "Mayor Dana Whitfield will visit three ports this week."
    )
    for q in _quotes(pipeline, text):
        assert q.cue != ":", q


def test_a_name_colon_quoted_words_is_still_an_attribution(pipeline: Pipeline) -> None:
    text = "Whitfield on the harbour: “We will rebuild the wall before winter”\n\nMore follows."
    q = quote_with(pipeline, text, "rebuild the wall")
    assert q.cue == ":"
    assert _shown(q) is not None and "Whitfield" in _shown(q)  # type: ignore[operator]


def test_an_object_and_its_state_after_find_is_no_statement(pipeline: Pipeline) -> None:
    text = "Fishermen found the nets empty on Monday."
    for q in _quotes(pipeline, text):
        assert _shown(q) is None, q


def test_a_time_expression_is_never_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "I get letters from the crews all the time and 90 % say , "
        '"Keep going because the depot needs you here."'
    )
    q = quote_with(pipeline, text, "Keep going")
    assert _shown(q) != "all the time"


def test_a_company_saying_in_a_statement_speaks(pipeline: Pipeline) -> None:
    text = "Northgate Ferries said in a statement that the vessel had passed its inspection."
    q = quote_with(pipeline, text, "passed its inspection")
    assert _shown(q) is not None and "Northgate" in _shown(q)  # type: ignore[operator]


def test_a_named_subject_of_a_broad_verb_states(pipeline: Pipeline) -> None:
    text = "Okonkwo suggested that the vote be held again in the spring."
    q = quote_with(pipeline, text, "vote be held")
    assert _shown(q) is not None and "Okonkwo" in _shown(q)  # type: ignore[operator]
