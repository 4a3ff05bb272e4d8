"""Speakers of the held-out reading of main 2a35c46 (issue 14), now in-sample: a bare "the
aide" shown where the text named the source fully a sentence before; a place a report only
came from, or that marchers went into, shown as who said it. Texts are written for these
tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_bare_description_shows_the_fuller_source_before_it(pipeline: Pipeline) -> None:
    text = (
        "A senior Liberal House aide said the harbour money was an emergency need . "
        "The aide also noted that Conservatives had backed the harbour funds in the past . "
        "`` This is a risky game the Conservatives are playing , '' the aide said ."
    )
    assert speakers_shown(pipeline, text, "risky game") == ["A senior Liberal House aide"]
    assert speakers_shown(pipeline, text, "backed the harbour") == ["A senior Liberal House aide"]
    q = quote_with(pipeline, text, "risky game")
    assert q.speaker is not None and q.speaker.text == "the aide"
    evidence = q.speaker.resolved_from
    assert evidence is not None and evidence.text == "A senior Liberal House aide"


def test_a_bare_description_reads_back_to_a_compound_head(pipeline: Pipeline) -> None:
    text = (
        "Norland 's Vesta newspaper reported the crash on Sunday . "
        "The pilot parachuted out of the plane , the paper said ."
    )
    assert speakers_shown(pipeline, text, "pilot parachuted") == ["Norland 's Vesta newspaper"]


def test_a_bare_description_is_withheld_when_another_was_introduced_since(
    pipeline: Pipeline,
) -> None:
    text = (
        "A senior Liberal House aide said the harbour money was an emergency need . "
        "An aide to the governor disagreed with the plan . "
        "`` This is a risky game , '' the aide said ."
    )
    assert speakers_shown(pipeline, text, "risky game") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_a_bare_description_with_nothing_before_is_withheld(pipeline: Pipeline) -> None:
    text = "The storm hit the coast on Monday . The harbour would reopen soon , the aide said ."
    assert speakers_shown(pipeline, text, "harbour would reopen") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


@pytest.mark.parametrize("place", ["Kestra City", "New Dorvale"])
def test_a_place_reports_came_from_is_no_speaker(pipeline: Pipeline, place: str) -> None:
    text = (
        "Yesterday his father and two young sons gathered there to hear the reports from "
        f"{place} that up to 11 soldiers could be prosecuted for his death ."
    )
    assert speakers_shown(pipeline, text, "could be prosecuted") == [None]


def test_towns_marchers_went_into_demand_nothing(pipeline: Pipeline) -> None:
    text = (
        "Tens of thousands of protesters again swarmed into the streets of Osk and other "
        "towns demanding that Draga step down ."
    )
    assert "other towns" not in speakers_shown(pipeline, text, "step down")


def test_a_place_as_the_subject_still_speaks(pipeline: Pipeline) -> None:
    text = "Kestra City said on Monday that up to 11 soldiers could be prosecuted ."
    assert speakers_shown(pipeline, text, "could be prosecuted") == ["Kestra City"]


def test_a_pronoun_is_not_read_across_one_of_the_other_gender(pipeline: Pipeline) -> None:
    text = (
        "Lina Faroud and Tarek Salim lived in silence for four decades under the rule of "
        "Omar Draga . Nadia Salim 's parents told the Daily Planet they are no longer afraid "
        "to condemn the strongman . If Draga were to face Faroud now , she would slap him , "
        "she told the Daily Planet on Tuesday ."
    )
    assert "Omar Draga" not in speakers_shown(pipeline, text, "she would slap him")


def test_a_pronoun_still_takes_the_subject_before_it(pipeline: Pipeline) -> None:
    text = (
        "Omar Draga spoke in the square on Monday . If the rebels came to him now , he "
        "would talk to them , he told the Daily Planet ."
    )
    assert speakers_shown(pipeline, text, "would talk to them") == ["Omar Draga"]


def test_the_outlet_in_a_turn_label_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "Joining us now , two guests , Fran Tolland , a security contributor , and Mona "
        "Veltani , a commentator and journalist .\nThere are no easy answers , Mona , for "
        "President Hollis right now .\nWhat do you do ?\nMONA VELTANI , COLUMNIST , KESHAR "
        "AL-WASAT : Well , I would remind President Hollis of his inauguration speech in which "
        "he promised that he would stand with those who unclenched their fists .\nAnd he told "
        "those tyrants that they were on the wrong side of history ."
    )
    assert "KESHAR AL-WASAT" not in speakers_shown(pipeline, text, "wrong side of history")


def test_a_he_is_not_read_across_a_possessed_subject_since(pipeline: Pipeline) -> None:
    text = (
        "Mr Dalil said he still had nightmares . As a senior police officer , Karim Ossan 's "
        "father works with most soldiers . But he said he rejected as an insult the offer of "
        "compensation ."
    )
    assert "Dalil" not in speakers_shown(pipeline, text, "rejected as an insult")


@pytest.mark.parametrize("name", ["Varco", "Varco Mining"])
def test_a_name_glued_to_its_headline_copy_speaks_once(pipeline: Pipeline, name: str) -> None:
    text = (
        f"The clean-up costs are mounting for {name} {name} has said the cost of cleaning up "
        "the leak in the bay has now reached $ 2.65 bn .\nThe firm said this included claims ."
    )
    assert speakers_shown(pipeline, text, "has now reached") == [name]


def test_a_bare_description_is_not_read_back_to_one_no_fuller(pipeline: Pipeline) -> None:
    text = (
        "A company said it would sue . From the start , the company has declared that it is "
        "responsible for what happened ."
    )
    assert speakers_shown(pipeline, text, "responsible for what") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)
