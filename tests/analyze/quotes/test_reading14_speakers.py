"""Speakers of the held-out reading of main afeed9e (issue 14): a word someone answered
("Absurd , retorted Ron") taken for a person; a speaker reported inside another's words
continued by a later "he"; two speakers split by a parenthetical ("Morrow and , in another
briefing , Ken Talbot said"); a view one "has had to accept"; a name a relative clause
gives ("the events he calls 'grey herons'"); the manner of a saying read as what was said.
Texts are written for these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_word_answered_is_no_person_a_pronoun_continues(pipeline: Pipeline) -> None:
    text = (
        "At the public meeting , a voter questioned Ron Tillick 's defence of the plan by "
        "asking why we never invaded Norland . \nAbsurd , retorted Ron - they 'd have only "
        "fought back . \nCrystalline logic , but overshadowed when after a pause he produced "
        "his trump card . \n`` But we did invade Norland , '' he explained ."
    )
    assert speakers_shown(pipeline, text, "But we did invade") == ["Ron Tillick"]


def test_a_speaker_reported_inside_a_claim_is_not_continued(pipeline: Pipeline) -> None:
    text = (
        "Mr Rellan Voss , the Kestrian foreign minister , claims Mr Hollis told him he acted "
        "on orders from above . He told the film-makers : `` President Hollis said to all of "
        "us : ' I am driven with a mission . Go and fight . ' ''"
    )
    assert speakers_shown(pipeline, text, "driven with a mission") == ["Rellan Voss"]


@pytest.mark.parametrize(
    "joined",
    [
        "Morrow and , in another briefing , Ken Talbot said",
        "Morrow and senior executive Ken Talbot said",
        "Morrow and , in another briefing , senior executive Ken Talbot said",
        "Morrow and , in another briefing , Kestrel senior executive Ken Talbot said",
    ],
)
def test_two_speakers_split_by_an_aside_are_both_shown(pipeline: Pipeline, joined: str) -> None:
    text = (
        "Coast Guard chief Dan Morrow said the well was stable . "
        f"{joined} the company might make a second attempt to seal the well ."
    )
    assert speakers_shown(pipeline, text, "second attempt") == ["Morrow and Ken Talbot"]


def test_a_description_with_of_is_not_cut_to_the_name(pipeline: Pipeline) -> None:
    text = "Morrow and the wife of Ken Talbot said the company might make a second attempt ."
    assert speakers_shown(pipeline, text, "second attempt") != ["Morrow and Ken Talbot"]


def test_a_view_one_has_had_to_accept_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Hollis would not be pleased , but the Ardanian president has had to accept that "
        "other once-loyal allies have changed their minds and withdrawn their troops ."
    )
    assert speakers_shown(pipeline, text, "changed their minds") == [None]
    said = "Tom Vale accepted that the plan had failed ."
    assert speakers_shown(pipeline, said, "the plan had failed") == ["Tom Vale"]


def test_a_name_a_relative_clause_gives_is_nobody_s_words(pipeline: Pipeline) -> None:
    text = (
        "Pell Orrin is a writer on risk . Orrin made his name anticipating the historic "
        "events he calls `` Grey Herons , '' which include the great flood and the crash of "
        "1887 ."
    )
    shown = [s for q, s in quotes_and_speakers(pipeline, text) if "Grey Herons" in q]
    assert shown in ([], [None])
    judged = "Tom Vale said the tactic , which he called `` a scandal , '' must end ."
    assert speakers_shown(pipeline, judged, "must end") == ["Tom Vale"]


def test_how_words_were_said_is_not_what_was_said(pipeline: Pipeline) -> None:
    text = (
        "By Jenna Marsh \nKora Vell chose not a city but a field in the west . ' \nI followed "
        "love to Pembroke , ' she says softly , a smile sneaking across her face ."
    )
    assert speakers_shown(pipeline, text, "a smile sneaking") == [None]
    plain = "Ana Ruiz said quietly , the talks had failed ."
    assert speakers_shown(pipeline, plain, "the talks had failed") == ["Ana Ruiz"]


def test_a_headline_noun_without_an_article_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "`` This a sad day for Kestria and a sad day for the press , '' organization says "
        "`` Threats to reporters are wrong , '' President Dalen says Radio Vox says a `` gang "
        "of thugs '' stormed its office -LRB- NNN -RRB- -- President Omar Dalen condemned the "
        "attacks ."
    )
    assert speakers_shown(pipeline, text, "a sad day for Kestria") == [None]
    groups = (
        "Officials said the dam was safe . police said the road was shut . Later , "
        "people said the bridge had gone ."
    )
    assert speakers_shown(pipeline, groups, "the road was shut") == ["police"]
    assert speakers_shown(pipeline, groups, "the bridge had gone") == ["people"]
    assert speakers_shown(pipeline, groups, "the dam was safe") == ["Officials"]


def test_an_unnamed_veteran_is_shown_as_described(pipeline: Pipeline) -> None:
    text = (
        "The charges were read out on Monday . One still-serving veteran of the Norland war "
        "called the charges `` a bloody disgrace '' and said : `` It 's hardly going to make "
        "anyone want to go there any more than they do now . ''"
    )
    assert speakers_shown(pipeline, text, "hardly going") == [
        "One still-serving veteran of the Norland war"
    ]
