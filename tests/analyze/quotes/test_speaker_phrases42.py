"""Who a speaker phrase names (source_heads.named_head, descriptions.described_again,
mark_owner.assign_marks): the person after a body and a role, the name after a lower-case
description, a trade epithet read back to the body named before, and two back-to-back
closed quotations kept apart. Texts written for these tests, in the corpus's tokenised
style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.source_heads import named_head
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _person(text: str, name: str) -> EntityMention:
    i = text.index(name)
    return EntityMention(i, i + len(name), name, "PERSON")


# -- "<body> <role> <Name> said": the person speaks -------------------------------------------


def test_a_role_word_between_a_body_and_a_name_before_the_cue() -> None:
    text = "Tarsk Rovers interim trainer Ivo Brenn said the side had earned it ."
    source = (0, text.index(" interim"))
    name = _person(text, "Ivo Brenn")
    assert named_head(text, source, text.index("said"), [name]) == (0, name.end)


def test_a_role_word_between_a_body_and_a_name_after_the_cue() -> None:
    text = "`` We are proud , '' said Velmar Bank deputy Ana Ruiz in a statement ."
    start = text.index("Velmar")
    source = (start, text.index(" deputy"))
    name = _person(text, "Ana Ruiz")
    assert named_head(text, source, text.index("said"), [name]) == (start, name.end)


def test_a_verb_or_a_preposition_before_the_name_is_no_role() -> None:
    text = "Police arrested Ana Ruiz , officers said ."
    source = (0, text.index(" arrested"))
    name = _person(text, "Ana Ruiz")
    assert named_head(text, source, text.index("said"), [name]) == source
    text = "`` We are proud , '' said Velmar Bank of Ana Ruiz ."
    start = text.index("Velmar")
    source = (start, text.index(" of"))
    name = _person(text, "Ana Ruiz")
    assert named_head(text, source, text.index("said"), [name]) == source


def test_a_body_s_officer_with_an_unlisted_role_word_is_shown(pipeline: Pipeline) -> None:
    text = (
        "The gala drew a large crowd . `` It is an honor to welcome her back as the host of the "
        "night , '' said Northwind Media Group prexy Paul Varga . The show rated well ."
    )
    assert speakers_shown(pipeline, text, "honor to welcome") == ["Paul Varga"]


def test_a_lower_case_description_is_named_by_the_body_after_it(pipeline: Pipeline) -> None:
    text = (
        "Rowe , 55 , earned a nomination for her turn in 2007 . `` Choosing Rowe signals that "
        "the next show will have a different tone , '' trade magazine The Stage Daily wrote ."
    )
    assert speakers_shown(pipeline, text, "different tone") == ["Stage Daily"]


# -- "the software giant": a trade epithet names again the body just named -----------------


def test_the_software_giant_is_the_company_named_before(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Software Inc. was to release an emergency patch yesterday to fix a flaw in its "
        "browser . The Danish software giant said on Tuesday that it had mobilized teams to "
        "deliver a cure ."
    )
    assert speakers_shown(pipeline, text, "mobilized teams") == ["Dalcor Software"]
    q = quote_with(pipeline, text, "mobilized teams")
    assert q.speaker is not None and q.speaker.text == "The Danish software giant"


def test_a_rival_giant_is_not_the_company_named_before(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Software Inc. released an emergency patch on Monday . The rival software giant "
        "said on Tuesday that its own browser was safe ."
    )
    assert speakers_shown(pipeline, text, "own browser was safe") != ["Dalcor Software"]


# -- back-to-back closed quotations: the cue takes the one next to it ----------------------


def test_a_closed_quotation_before_another_s_is_not_the_later_speaker_s(
    pipeline: Pipeline,
) -> None:
    text = (
        "Critics asked for change .\n`` We wanted to take the show to another form , '' Marsh "
        "said .\n`` Sam seemed to be the perfect person .\nHe fits all three bills . ''\n"
        "`` Thirty years ago I never imagined I would host it , '' Oduya said in a statement ."
    )
    assert speakers_shown(pipeline, text, "perfect person") == ["Marsh"]
    later = quote_with(pipeline, text, "Thirty years ago")
    assert "perfect person" not in later.text
    assert later.speaker is not None and later.speaker.name == "Oduya"


def test_the_software_giant_after_two_bodies_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Software Inc. and Velmar Systems Inc. fixed a browser flaw on Wednesday . "
        "The software giant said in a statement that it would appeal ."
    )
    assert speakers_shown(pipeline, text, "would appeal") == ["The software giant"]


# -- two speakers joined by "and": both are shown ----------------------------------------


def test_two_titled_speakers_with_a_relative_clause_before_the_verb(pipeline: Pipeline) -> None:
    text = (
        "The old rule let offices decide for themselves . Secretary of Commerce Ivo Pell and "
        "Secretary of the Interior Dan Marro , who head the two offices that run the law , said "
        "their decision to require review again is based on sound science ."
    )
    assert speakers_shown(pipeline, text, "sound science") == ["Ivo Pell and Dan Marro"]


def test_a_name_after_friends_of_is_not_a_titled_speaker(pipeline: Pipeline) -> None:
    # "of" right before the name: the body is named for him, and the body speaks
    text = "Friends of Ivo Pell and the Marro Trust , which run the fund , said it was closed ."
    assert "Ivo Pell" not in speakers_shown(pipeline, text, "was closed")


def test_two_speakers_after_the_verb_with_an_adverb(pipeline: Pipeline) -> None:
    text = (
        "The show found its host . `` We are thrilled to have Nina Sorel host the gala , '' said "
        "Pell and Marro jointly ."
    )
    assert speakers_shown(pipeline, text, "thrilled") == ["Pell and Marro"]


# -- a pronoun after a sentence whose subject is an unmarked surname ------------------------


def test_he_is_the_unmarked_surname_opening_the_sentence_not_its_object(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Wolves battled the Hawks for almost 55 minutes .\nFirst , Ivo Ratner fooled Dario "
        "Brannock when he made a move he had n't made all season .\nAfter the teams traded "
        "punts , the Wolves advanced to the Hawks 17 .\nBrannock then threw the ball away over "
        "the head of Luca Quint in the back of the end zone because he was trying to avoid an "
        "interception .\nHe later said he regretted not giving Quint a chance to make the play ."
    )
    assert speakers_shown(pipeline, text, "regretted") == ["Dario Brannock"]


# -- "he and other officials said": the pronoun's person and the others --------------------


def test_he_and_other_officials_names_the_person_just_named(pipeline: Pipeline) -> None:
    text = (
        "Minister Rolf Brandt admitted there had been debate inside the office , but he and "
        "other ministry officials said they changed the rule only a little ."
    )
    assert speakers_shown(pipeline, text, "changed the rule") == [
        "Rolf Brandt and other ministry officials"
    ]


def test_he_and_others_is_the_subject_before_not_its_object(pipeline: Pipeline) -> None:
    text = (
        "Mr Rolf Brandt met Tom Vale on Monday , and later he and other ministry officials "
        "said they changed the rule only a little ."
    )
    shown = speakers_shown(pipeline, text, "changed the rule")
    assert shown == ["Rolf Brandt and other ministry officials"]
    # with no gender the article gives either man, the pronoun is a guess: kept as written
    bare = text.replace("Mr Rolf", "Rolf")
    assert speakers_shown(pipeline, bare, "changed the rule") == ["he and other ministry officials"]


def test_an_unrecognised_name_opened_by_the_after_a_description() -> None:
    text = "`` It is a new tone , '' trade weekly The Harrow Gazette wrote ."
    start = text.index("trade")
    source = (start, text.index(" The"))
    assert named_head(text, source, text.index("wrote"), []) == (start, text.index(" wrote"))
    # a lower-case word between is a verb or a clause of its own: not grown
    other = "`` It is a new tone , '' trade weekly readers of The Harrow Gazette wrote ."
    start = other.index("trade")
    source = (start, other.index(" readers"))
    assert named_head(other, source, other.index("wrote"), []) == source


def test_a_body_only_modifying_a_noun_is_no_referent_of_the_giant(pipeline: Pipeline) -> None:
    # "a Velmar Systems ( VS ) browser flaw": a product's maker as an attribute of the
    # flaw; the one body acting is the one named again
    text = (
        "Dalcor Software Inc. on Wednesday issued an urgent patch to fix a Velmar Systems ( VS ) "
        "browser flaw that may have been used by hackers . The update resolves a flaw that `` "
        "could allow remote code execution if a user views a page , '' the software giant said "
        "in a statement ."
    )
    assert speakers_shown(pipeline, text, "remote code") == ["Dalcor Software"]


def test_the_later_cue_keeps_its_own_quotation_after_a_closed_one(pipeline: Pipeline) -> None:
    # the closed quotation runs on from the speaker before; the cue after the next one
    # keeps that one and its own run-on, not the closed one before it
    text = (
        "The voice of Ivo Marten rang out on Friday .\n`` We will not leave our land , '' Marten "
        "said in what Velmar 's Arrow TV said was a live broadcast .\n`` The youths are now "
        "ready to fight in the capital . ''\n`` Our loyal people , the land is your own , '' "
        "said the 69-year-old who ran the country since he was 27 .\n`` Those who try to take "
        "it from you now are intruders . ''\nMissiles flew out of the town ."
    )
    youths = quote_with(pipeline, text, "youths are now ready")
    assert youths.speaker is not None and youths.speaker.text == "Marten"
    loyal = quote_with(pipeline, text, "Our loyal people")
    assert "youths" not in loyal.text
    assert "Those who try" in loyal.text
