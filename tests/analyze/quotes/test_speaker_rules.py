"""Speaker rules for layouts the parser alone gets wrong: headlines, datelines, digests,
passive verbs, subjects inside the quoted words, a colon after an opening clause."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_quote = quote_with


def _speaker_text(text: str, q: Quote) -> str:
    assert q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None
    return text[q.speaker.start : q.speaker.end]


def test_headline_name_colon_wins_over_a_cue_in_the_words(pipeline: Pipeline) -> None:
    text = (
        "Margaret Holloway: Council Will Vote Again, ‘I Think the Bridge Plan Will Pass’\n\n"
        "The council met on Tuesday evening to discuss the bridge."
    )
    q = _quote(pipeline, text, "Bridge Plan")
    assert "Holloway" in _speaker_text(text, q)
    assert q.cue == ":"


def test_dateline_is_not_the_subject(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON (AP) — Senator Mary Brown and Senator Alan Price pledged on Monday "
        "to pass the budget before the end of the month."
    )
    q = _quote(pipeline, text, "pass the budget")
    assert "WASHINGTON" not in _speaker_text(text, q)
    assert "Brown" in _speaker_text(text, q)


def test_digest_item_signed_after_a_dash(pipeline: Pipeline) -> None:
    text = (
        "CITY BUDGET GAP SMALLER THAN FEARED, AUDITORS FIND AFTER REVIEW - Daniel Okafor: "
        "“Even though the forecasts missed the final figure, they were close enough to be useful.”"
    )
    q = _quote(pipeline, text, "forecasts missed")
    assert _speaker_text(text, q) == "Daniel Okafor"


def test_passive_reporting_verb_takes_its_agent(pipeline: Pipeline) -> None:
    text = "Governor Ellis was asked by moderator Tom Green whether the plan would cut taxes."
    q = _quote(pipeline, text, "plan would cut taxes")
    assert "Tom Green" in _speaker_text(text, q)


def test_subject_inside_the_quoted_words_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Rebecca Lane appeared eager to laugh off the mix-up in Oregon, telling the audience, "
        "“Some fans get a bit overexcited at these events, did anyone else see that?”"
    )
    q = _quote(pipeline, text, "overexcited")
    assert q.speaker is not None and q.speaker.canonical == "Rebecca Lane"


def test_colon_introducer_after_an_opening_clause(pipeline: Pipeline) -> None:
    text = (
        "When Walter Greene retired in 2003, Mayor Clara Jennings issued the following "
        "statement:\n\n“We thank him for thirty years of service to this city and its parks.”"
    )
    q = _quote(pipeline, text, "years of service")
    assert q.speaker is not None and q.speaker.canonical == "Clara Jennings"


def test_transcript_label_with_a_role_names_the_person(pipeline: Pipeline) -> None:
    text = (
        "It was a long night.\n"
        "JANE ROE , STATION CORRESPONDENT : Well , Tom , we saw huge crowds in the square .\n"
        "TOM HALE , STATION ANCHOR : Thank you , Jane ."
    )
    q = _quote(pipeline, text, "huge crowds")
    assert _speaker_text(text, q) == "JANE ROE"


def test_the_one_asked_is_not_the_asker(pipeline: Pipeline) -> None:
    text = (
        "Daniel Hughes cited the film as an inspiration. "
        "When asked whether he meant the famous scene, he declined to answer."
    )
    q = _quote(pipeline, text, "meant the famous scene")
    assert q.speaker is None or q.speaker.canonical != "Daniel Hughes"


def test_a_copula_complement_before_and_is_not_part_of_the_speaker(pipeline: Pipeline) -> None:
    text = "The clinics were short-staffed and injured villagers said they waited for hours."
    q = _quote(pipeline, text, "waited for hours")
    assert _speaker_text(text, q) == "injured villagers"
