"""Speakers of the held-out readings of sessions 43-44 (issue 14): two co-authors named in
apposition to a description, a group one of whose members is named ("some - including
..."), words nested in an "according to" report, allegations an inquiry looks into, and a
role qualified for another case or body. Texts are written for these tests, in the
corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown, stated_quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


# -- coordinated speakers ------------------------------------------------------------------


def test_names_in_apposition_to_a_plural_description_both_speak(pipeline: Pipeline) -> None:
    text = (
        "The source was never named . The two Velmar Post reporters who broke the story , "
        "Carl Quenby and Bob Orlov , have maintained that they would reveal his identity only "
        "after his death ."
    )
    assert speakers_shown(pipeline, text, "reveal his identity") == ["Carl Quenby and Bob Orlov"]


def test_a_member_named_after_including_is_not_the_whole_source(pipeline: Pipeline) -> None:
    text = (
        "Ivo Karsten leaked damaging memos about President Tomas Orlov and his aides to a "
        "reporter . While some - including Orlov and his aides - speculated that Karsten was "
        "the source of the leak , he steadfastly denied it ."
    )
    q = quote_with(pipeline, text, "source of the leak")
    assert q.speaker is not None
    assert q.speaker.name != "Tomas Orlov"
    assert q.speaker.text == "some - including Orlov and his aides"


# -- nested reports ------------------------------------------------------------------------


def test_words_said_according_to_a_paper_are_shown_once_as_the_inner_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        "`` There was blood everywhere , '' said Marisol Quenby , a neighbour , according to "
        "the Velmar Post ."
    )
    shown = [q for q in stated_quotes(pipeline, text) if "blood" in q.text]
    assert [q.speaker.name for q in shown if q.speaker] == ["Marisol Quenby"]


def test_the_inner_speaker_goes_on_after_an_according_to_report(pipeline: Pipeline) -> None:
    text = (
        "Ivo Karsten was short of money for years . Finally , his daughter , Lena , persuaded "
        "him to go public . `` We could make enough money to pay the tuition , '' she told her "
        "father , according to the Velmar Gazette article . `` Let 's do it for the family . ''"
    )
    shown = stated_quotes(pipeline, text)
    assert [q.speaker.name for q in shown if q.speaker and "tuition" in q.text] == ["Lena"]
    assert speakers_shown(pipeline, text, "for the family") == ["Lena"]


# -- allegations an inquiry looks into -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Orlov was suspended for the season for lying to investigators during a league "
        "probe of allegations that he received improper benefits from a family friend .",
        "The ethics committee investigated allegations that Tomas Orlov received improper "
        "benefits from a builder .",
    ],
)
def test_allegations_under_inquiry_are_no_ones_shown(pipeline: Pipeline, text: str) -> None:
    assert not [q for q in stated_quotes(pipeline, text) if "improper benefits" in q.text]


def test_claims_of_the_subject_stay_the_subjects(pipeline: Pipeline) -> None:
    text = "Tomas Orlov made a series of claims that the vote had been rigged ."
    assert speakers_shown(pipeline, text, "rigged") == ["Tomas Orlov"]


# -- a qualified role is not the latest holder of the bare role -----------------------------


def test_the_sentencing_judge_of_an_earlier_case_is_not_the_judge_named(
    pipeline: Pipeline,
) -> None:
    text = (
        "Tomas Orlov pleaded guilty before Judge Ana Ruiz in Velmar Falls . Years earlier , "
        "Orlov had been convicted of smuggling and sent to prison . The sentencing judge said "
        "he would have imposed a longer sentence ."
    )
    assert speakers_shown(pipeline, text, "longer sentence") == ["The sentencing judge"]


def test_a_bodys_president_is_not_the_president_named(pipeline: Pipeline) -> None:
    text = (
        "President Ana Ruiz nominated Lena Dovin for the post . Dovin joined a sorority in "
        "college . It was confirmed when the sorority 's national president announced that "
        "Dovin had been a member ."
    )
    assert speakers_shown(pipeline, text, "had been a member") != ["Ana Ruiz"]


def test_a_role_written_with_its_holders_title_is_still_the_holder(pipeline: Pipeline) -> None:
    text = (
        "Velmar Interior Secretary Ana Ruiz toured the dam on Monday . The interior secretary "
        "said the repairs would take a year ."
    )
    assert speakers_shown(pipeline, text, "repairs") == ["Ana Ruiz"]
