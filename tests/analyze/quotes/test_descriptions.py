"""A bare description or a cut subject read to the body or person the text names
(descriptions.py, anaphors.py, source_heads.py, referents.py): texts written for these
tests, in the corpus's tokenised style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.joined_sources import joined_groups
from storyline.analyze.quotes.referents import person_description
from storyline.analyze.quotes.source_heads import named_head
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


# -- "the company", "the newspaper": the one body of that kind named just before ----------


def test_the_company_is_the_body_owning_a_noun_two_sentences_back(pipeline: Pipeline) -> None:
    text = (
        "Tests run for the inquiry were published on Friday . They cast doubt on Dalcor Energy "
        "'s own results , which had found the mix stable . The company said the differences "
        "came from the use of other materials ."
    )
    assert speakers_shown(pipeline, text, "differences came") == ["Dalcor Energy"]
    q = quote_with(pipeline, text, "differences came")
    assert q.speaker is not None and q.speaker.text == "The company"
    assert q.speaker.resolved_from is not None
    assert q.speaker.resolved_from.text == "Dalcor Energy"


def test_the_company_with_two_bodies_before_it_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "Tests run for the inquiry by Varnet Oil were published on Friday . They cast doubt on "
        "Dalcor Energy 's own results . The company said the differences came from the use of "
        "other materials ."
    )
    assert speakers_shown(pipeline, text, "differences came") == [
        None
    ]  # no candidate guessed: left as written, then withheld (confidence.withhold_bare)


def test_the_company_after_other_companies_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "Oil companies have criticised Dalcor Energy 's tests . The company said the "
        "differences came from the use of other materials ."
    )
    assert speakers_shown(pipeline, text, "differences came") == [
        None
    ]  # no candidate guessed: left as written, then withheld (confidence.withhold_bare)


def test_the_company_said_twice_is_the_same_body_both_times(pipeline: Pipeline) -> None:
    text = (
        "Vestra executive Ana Ruiz was freed on Monday in Orlavia , the company said . "
        "`` Great news -- Ana is free .\nWe thank everyone who helped , '' the company wrote "
        "later ."
    )
    assert speakers_shown(pipeline, text, "thank everyone") == ["Vestra"]


def test_the_newspaper_is_the_one_outlet_named_before(pipeline: Pipeline) -> None:
    text = (
        "The Orlavia Courier printed the letters on Sunday . Its front page showed the "
        "minister at his desk . The newspaper claimed the letters were written in May ."
    )
    assert speakers_shown(pipeline, text, "letters were written") == ["Orlavia Courier"]


def test_a_commission_is_named_again_only_by_its_own_kind(pipeline: Pipeline) -> None:
    text = (
        "The Harbour Safety Commission met Dalcor Energy on Friday . The company said the "
        "meeting went well ."
    )
    # the commission is no company: the one company named is Dalcor Energy
    assert speakers_shown(pipeline, text, "meeting went well") == ["Dalcor Energy"]


# -- "the woman": the one person of that gender spoken of just before -----------------------


def test_the_woman_is_the_unnamed_resident_a_she_was_read_to(pipeline: Pipeline) -> None:
    text = (
        "`` Nobody walks in the street , '' said a resident who did not want to be named .\n"
        "She said she was risking her life by talking .\n"
        "`` I keep my name hidden , '' the woman said ."
    )
    assert speakers_shown(pipeline, text, "keep my name hidden") == ["a resident"]


def test_the_woman_is_the_one_woman_named_before(pipeline: Pipeline) -> None:
    text = (
        "Mrs Ana Ruiz stood at the gate of her farm in Orlavia . `` The water came at night , "
        "'' the woman said ."
    )
    assert speakers_shown(pipeline, text, "water came at night") == ["Ana Ruiz"]


def test_the_woman_with_two_women_named_before_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "Mrs Ana Ruiz and Mrs Lena Holm stood at the gate of the farm . `` The water came at "
        "night , '' the woman said ."
    )
    assert speakers_shown(pipeline, text, "water came at night") == [
        None
    ]  # no candidate guessed: left as written, then withheld (confidence.withhold_bare)


def test_the_woman_next_door_is_someone_new(pipeline: Pipeline) -> None:
    text = (
        "Police found the body of Anna Kerr , 34 , in her flat on Sunday . `` We heard "
        "nothing at all , '' the woman next door said ."
    )
    assert speakers_shown(pipeline, text, "heard nothing") == [None]


def test_the_woman_who_speaks_of_her_is_not_her(pipeline: Pipeline) -> None:
    text = (
        "Anna Kerr died in the crash on Sunday . `` She was the kindest person we knew , '' "
        "the woman told reporters ."
    )
    assert speakers_shown(pipeline, text, "kindest person") == [None]


def test_the_woman_who_also_said_is_still_the_one_before(pipeline: Pipeline) -> None:
    text = (
        "Mrs Ana Ruiz stood at the gate of her farm in Orlavia . `` The water came at night , "
        "'' the woman also told reporters ."
    )
    assert speakers_shown(pipeline, text, "water came at night") == ["Ana Ruiz"]


def test_the_group_after_residents_is_not_the_firm(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of residents marched outside Dalcor 's plant in Venmouth on Saturday . The "
        "group said the water had been poisoned for years ."
    )
    assert speakers_shown(pipeline, text, "poisoned") != ["Dalcor"]
    firm = "Dalcor posted a loss on Monday . The group said it would cut 300 jobs ."
    assert speakers_shown(pipeline, firm, "cut 300 jobs") == ["Dalcor"]


# -- coordinated subjects kept whole -----------------------------------------------------


def test_a_kind_before_two_names_keeps_both_names(pipeline: Pipeline) -> None:
    text = (
        "Travel firms Kestrel Tours and Vela Air said they would fly their customers home from "
        "Orlavia ."
    )
    assert speakers_shown(pipeline, text, "fly their customers") == ["Kestrel Tours and Vela Air"]


def test_two_groups_one_unnamed_are_shown_whole(pipeline: Pipeline) -> None:
    text = (
        "Having won in May , Orlavian clerics boast a mandate , but secular Orlavians and "
        "liberals say voters did not ask for it ."
    )
    assert speakers_shown(pipeline, text, "voters did not ask") == [
        "secular Orlavians and liberals"
    ]


def test_a_surname_ending_in_s_and_a_group_is_no_pair_of_groups(pipeline: Pipeline) -> None:
    text = (
        "The colonel led the search . One of the first steps was when Colonel Ivo Dorros and "
        "the museum authorities declared an amnesty , saying no questions would be asked ."
    )
    shown = speakers_shown(pipeline, text, "no questions")
    assert shown != ["Colonel Ivo Dorros and the museum authorities"]
    assert not joined_groups(text, text.index("Colonel Ivo"), text.index(" declared"), [])


# -- "Surname of Firm said", then "he said" ---------------------------------------------


def test_a_surname_with_employer_is_the_he_after_it(pipeline: Pipeline) -> None:
    text = (
        "`` Prices have been very strong , '' said Olvar Jantsen , an analyst at Kestra "
        "Research .\nMarelli of Vesta Trading said the spread could be hard to repeat .\n"
        "`` It is very well bid now , '' he said ."
    )
    # whether or not the recogniser marks the surname, "he" is Marelli, not Jantsen
    shown = speakers_shown(pipeline, text, "well bid now")
    assert shown in (["Marelli"], ["Marelli of Vesta Trading"])


def test_a_surname_of_a_body_is_a_person_a_pronoun_continues() -> None:
    assert person_description("Marelli of Vesta Trading", "m")
    assert person_description("Marelli of the Vesta Bank", "f")
    # a body's name opening with a noun for one ("Bank of Orlavia", "University of Kestra")
    assert not person_description("Bank of Orlavia", "m")
    assert not person_description("University of Kestra", "m")
    assert not person_description("Friends of the Vale", "m")
    # a dictionary noun before "of" heads a body's or a place's name
    for body in ("Republic of Velm", "Port of Velm", "Museum of Orla", "Chamber of Commerce"):
        assert not person_description(body, "m"), body


def test_a_republic_of_a_place_is_not_the_he_after_it(pipeline: Pipeline) -> None:
    text = (
        "Anton Hale , the mayor , opened the pier on Monday . The Republic of Velm sent no "
        "one . He said the pier would bring jobs ."
    )
    assert speakers_shown(pipeline, text, "bring jobs") == ["Anton Hale"]


def test_the_man_leading_a_hunt_is_someone_new(pipeline: Pipeline) -> None:
    text = (
        "Aldo Brenn was last seen heading for the southern border , the man leading the hunt "
        "told Kestra Radio ."
    )
    assert speakers_shown(pipeline, text, "last seen heading") != ["Aldo Brenn"]


# -- a role, then the name, then an auxiliary before the cue ------------------------------


def test_a_name_after_a_role_is_the_head_before_an_auxiliary() -> None:
    text = "Now its CEO Tom Vell has said he wants to sell it ."
    name = EntityMention(text.index("Tom"), text.index("Tom") + 8, "Tom Vell", "PERSON")
    source = (text.index("its"), text.index("CEO") + 3)
    cue = text.index("said")
    assert named_head(text, source, cue, [name]) == (source[0], name.end)
    # a verb of its own between the name and the cue is another clause: not grown
    other = "Now its CEO Tom Vell left and Ana said he wants to sell it ."
    name = EntityMention(other.index("Tom"), other.index("Tom") + 8, "Tom Vell", "PERSON")
    source = (other.index("its"), other.index("CEO") + 3)
    assert named_head(other, source, other.index("said"), [name]) == source


def test_the_firm_is_a_partners_name_cut_at_its_commas(pipeline: Pipeline) -> None:
    text = (
        "`` It is the same team , '' said Tom Vell , a partner in Vell , Marsh , Dorran , "
        "Hale & Kestrel . The firm says it has won $ 2 billion in verdicts ."
    )
    shown = speakers_shown(pipeline, text, "it has won")
    assert shown == ["Vell , Marsh , Dorran , Hale & Kestrel"]


def test_a_place_before_the_firm_is_not_a_partner(pipeline: Pipeline) -> None:
    text = (
        "In Tarsk , Dalcor Energy shut its plant on Monday after the leak . The company said "
        "no one was hurt ."
    )
    assert speakers_shown(pipeline, text, "no one was hurt") == ["Dalcor Energy"]


# -- "its executives": the one body the window names owns them ------------------------------


def test_its_executives_are_the_one_body_s(pipeline: Pipeline) -> None:
    text = (
        "A Dalcor Energy camera filmed the leak on Sunday . The tube is collecting only a "
        "fifth of the oil , its executives said Monday ."
    )
    assert speakers_shown(pipeline, text, "collecting only") == ["Dalcor Energy's executives"]


def test_its_executives_with_two_bodies_named_stay_as_written(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy hired Varnet Oil Corp. to film the leak on Sunday . The tube is "
        "collecting only a fifth of the oil , its executives said Monday ."
    )
    assert speakers_shown(pipeline, text, "collecting only") == [
        None
    ]  # no candidate guessed: left as written, then withheld (confidence.withhold_bare)


def test_the_woman_who_has_told_police_is_the_one_before(pipeline: Pipeline) -> None:
    text = (
        "Ana Kerr , 34 , was arrested in Venmouth on Sunday . The woman has told police she "
        "was at home all night ."
    )
    assert speakers_shown(pipeline, text, "at home all night") == ["Kerr"]  # the surname shown
    text = (
        "Ana Kerr , 34 , was arrested in Venmouth on Sunday . The woman had said earlier that "
        "she was at home all night ."
    )
    assert speakers_shown(pipeline, text, "at home all night") == ["Kerr"]  # the surname shown


def test_the_woman_whose_words_speak_of_another_as_her_is_still_the_one_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Anna Kerr called police on Sunday after her daughter failed to come home . `` I told "
        "her to stay in , '' the woman said ."
    )
    assert speakers_shown(pipeline, text, "stay in") == ["Anna Kerr"]
