"""Where a speaker phrase is cut and what a pronoun source may stand for: a name joined
before the subject's description, a name beside a possessive description, a document's
publisher, accusations the subject fends off, and a pronoun never read to a name its own
words hold."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_name_joined_before_a_description_is_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "In a briefing at the town hall, Okafor and other council officials rejected the "
        "suggestions that the council had been slow, saying that it has employed pumps "
        "and barriers to control the flood."
    )
    assert speakers_shown(pipeline, text, "employed pumps") == ["Okafor"]


def test_a_name_after_a_verb_is_not_joined_to_the_subject(pipeline: Pipeline) -> None:
    # "met Okafor and ...": Okafor is the object of "met", not part of the subject
    text = "The mayor met Okafor and council officials said the pumps would be ready by May."
    shown = speakers_shown(pipeline, text, "pumps would be ready")
    assert "Okafor" not in shown, shown


def test_a_possessive_description_beside_a_name_gives_the_name(pipeline: Pipeline) -> None:
    text = (
        "The program also interviewed Sir Alan Marsh, Mr Dobbs's former trade adviser, "
        'who said of the case for the levy: "We stretched the argument to breaking point."'
    )
    assert speakers_shown(pipeline, text, "breaking point") == ["Alan Marsh"]


def test_a_report_keeps_the_paper_it_was_published_in(pipeline: Pipeline) -> None:
    text = (
        "The mayor overruled contrary opinions put forward by the planning office, "
        "according to a report published Saturday in The Valley Courier."
    )
    [shown] = speakers_shown(pipeline, text, "overruled")
    assert shown is not None and "Valley Courier" in shown, shown


def test_accusations_the_subject_battles_are_not_the_subjects(pipeline: Pipeline) -> None:
    text = (
        "The mayor, Tom Ridley, battled accusations that he misled the council over the "
        "contents of the ferry contract."
    )
    assert speakers_shown(pipeline, text, "misled the council") == [None]


def test_it_said_the_firm_would_pay_is_the_firms_statement(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy shut its Venmouth plant on Monday after a leak . "
        "It said Dalcor Energy would pay the cost of the clean-up ."
    )
    assert speakers_shown(pipeline, text, "would pay the cost") == ["Dalcor Energy"]


def test_a_documents_date_or_place_is_not_its_publisher(pipeline: Pipeline) -> None:
    text = "Prices rose sharply last year , according to a report published in March ."
    assert speakers_shown(pipeline, text, "Prices rose") == ["a report"]


def test_a_later_she_after_turned_down_claims_is_the_one_who_turned_them_down(
    pipeline: Pipeline,
) -> None:
    text = (
        "The minister faced claims that she had lied to parliament , and she said on Monday "
        "she would not resign ."
    )
    assert speakers_shown(pipeline, text, "had lied") == [None]  # the accusers' words
    assert speakers_shown(pipeline, text, "would not resign") == ["The minister"]
