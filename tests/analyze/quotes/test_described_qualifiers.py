"""An unnamed source shown with what the text says of it (source_heads.described_whole):
"a person close to the company said", "people who know her say". Texts written for these
tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_qualifier_running_on_to_the_verb_is_shown(pipeline: Pipeline) -> None:
    text = (
        "Velmar Freight said it would study the bid. A person close to the company said "
        "the board regarded the price as too low."
    )
    assert speakers_shown(pipeline, text, "regarded the price") == ["A person close to the company"]


def test_plural_people_keep_their_qualifier(pipeline: Pipeline) -> None:
    text = (
        "The Quenby board met on Tuesday. People close to the Quenby board said the chair "
        "wanted a higher price."
    )
    assert speakers_shown(pipeline, text, "wanted a higher price") == [
        "People close to the Quenby board"
    ]


def test_a_possessive_inside_the_qualifier_does_not_stop_it(pipeline: Pipeline) -> None:
    text = (
        "Dorvan Mining said it was weighing its options. A person familiar with Dorvan's "
        "thinking said the chief executive would not walk away."
    )
    assert speakers_shown(pipeline, text, "would not walk away") == [
        "A person familiar with Dorvan's thinking"
    ]


def test_a_possessive_qualifier_closed_by_a_comma(pipeline: Pipeline) -> None:
    text = (
        "Workers at Quenby Freight's maintenance depot in Harwell, the town's largest private "
        "employer, say they are worried that a sale could mean the yard is closed."
    )
    assert speakers_shown(pipeline, text, "a sale could mean") == [
        "Workers at Quenby Freight's maintenance depot in Harwell"
    ]


def test_a_short_relative_clause_up_to_the_verb_is_shown(pipeline: Pipeline) -> None:
    text = (
        "Marisol Quenby has not spoken in public. People who know her say she has moved "
        "to the coast."
    )
    assert speakers_shown(pipeline, text, "moved to the coast") == ["People who know her"]


def test_a_clause_saying_only_that_the_source_is_unnamed_is_not_shown(
    pipeline: Pipeline,
) -> None:
    text = (
        "The talks stalled on Friday. Officials who spoke on condition of anonymity said "
        "the Orvane delegation had walked out."
    )
    assert speakers_shown(pipeline, text, "had walked out") == ["Officials"]


def test_a_surname_shaped_like_a_plural_is_no_person_noun(pipeline: Pipeline) -> None:
    text = (
        "'This issue could allow remote code execution if an affected system browses to a "
        "website , ' explained Velmar's Dustin Childs in an alert to the security community ."
    )
    q = quote_with(pipeline, text, "This issue")
    assert q.speaker is not None and q.speaker.text == "Velmar's Dustin Childs"


def test_an_honorific_s_full_stop_does_not_end_the_qualifier(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors issued their warning this week, according to individuals familiar with "
        "Mr. Quenby's case."
    )
    assert speakers_shown(pipeline, text, "issued their warning") == [
        "individuals familiar with Mr. Quenby's case"
    ]


def test_a_clause_that_swallowed_the_subject_s_first_verb_is_not_shown(
    pipeline: Pipeline,
) -> None:
    text = (
        "Outside the clinic, residents who said they opposed the plan decried the attack and "
        "said they hoped the culprit was caught."
    )
    assert speakers_shown(pipeline, text, "hoped the culprit") == ["residents"]


def test_a_list_after_the_qualifier_s_comma_keeps_the_head_alone(pipeline: Pipeline) -> None:
    text = (
        "The ambassadors of Orlen, Velmar and the Dorvan Republic expressed support on Monday, "
        "saying the three countries' entry will consolidate security."
    )
    assert speakers_shown(pipeline, text, "consolidate security") == ["The ambassadors"]


def test_an_appositive_with_and_inside_is_no_list(pipeline: Pipeline) -> None:
    text = (
        "A spokesman for Dorvel, the Orlen wine and spirits concern, said the company will "
        "post a higher profit."
    )
    shown = speakers_shown(pipeline, text, "post a higher profit")
    assert shown[0] is not None and shown[0].startswith("A spokesman for Dorvel"), shown
