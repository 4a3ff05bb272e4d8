"""Speakers of the held-out reading of main a4ce8a9 (issue 14): a surname a couple shares
given to the wife; bare words after "X is a professor at ..." kept by the last speaker;
"a spokeswoman" or "the company" of a body named just before; "the former ... leader" named
in the sentence before; a headline word glued to a standfirst's subject. Texts are written
for these tests, in the corpus's tokenised style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.couples import shared_surnames
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_surname_a_couple_shares_is_not_the_wife(pipeline: Pipeline) -> None:
    text = (
        "Tom Hale caught the virus during a night out with Iain Brask , who got it on his "
        "honeymoon .\nThis came as Iain and Dora Brask , from Polmont , said they caught "
        "the virus on the flight home .\n`` I actually said to Dora : ' We are in trouble ' "
        ", '' Brask told the Daily Post .\n`` We were on the flight for nine hours , '' he "
        "said ."
    )
    shown = [s for q, s in quotes_and_speakers(pipeline, text) if q.startswith("``")]
    assert shown == ["Brask", "Brask"]


def test_a_pair_that_shares_nothing_keeps_the_full_name(pipeline: Pipeline) -> None:
    text = "The summit drew Kell and Hilda Ames . Ames said the talks went well ."
    assert speakers_shown(pipeline, text, "talks went well") == ["Hilda Ames"]


def _people(text: str) -> list[EntityMention]:
    full = text.index("Dora Brask")
    lone = text.rindex("Brask said")
    return [
        EntityMention(full, full + 10, "Dora Brask", "PERSON", "Dora Brask"),
        EntityMention(lone, lone + 5, "Brask", "PERSON", "Dora Brask"),
    ]


def test_shared_surnames_reads_only_a_pair() -> None:
    text = "Iain and Dora Brask flew . The Brasks rested . Brask said so ."
    assert [e.canonical for e in shared_surnames(text, _people(text))] == ["Dora Brask", "Brask"]
    text = "Tom Hale and Dora Brask flew . The Brasks rested . Brask said so ."
    assert [e.canonical for e in shared_surnames(text, _people(text))] == [
        "Dora Brask",
        "Dora Brask",
    ]


def test_a_spokeswoman_speaks_for_the_body_named_before(pipeline: Pipeline) -> None:
    text = (
        "The Health Agency tried to calm fears . A spokeswoman told the Daily Post that most "
        "passengers had been found ."
    )
    # the spokeswoman speaks for the body, and is shown so (readers of main e645f95 took
    # the body itself shown as the speaker for a wrong speaker)
    assert speakers_shown(pipeline, text, "most passengers") == [
        "A spokeswoman for the Health Agency"
    ]


def test_a_spokeswoman_between_two_bodies_stays_unnamed(pipeline: Pipeline) -> None:
    text = "The Health Agency and the Rail Board met . A spokeswoman said the talks went well ."
    assert speakers_shown(pipeline, text, "talks went well") == ["A spokeswoman"]


def test_the_former_leader_is_the_subject_of_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        "Aldo Brenn accused Velland of hiding the outbreak . `` Velland did not warn the "
        "world , '' the former Ruritanian leader wrote ."
    )
    assert speakers_shown(pipeline, text, "did not warn") == ["Aldo Brenn"]


def test_the_former_leader_is_no_one_else_the_sentence_names(pipeline: Pipeline) -> None:
    text = (
        "Aldo Brenn criticised Tom Hale on Monday . `` It is a lie , '' the former prime "
        "minister said ."
    )
    assert speakers_shown(pipeline, text, "It is a lie") == ["the former prime minister"]


def test_a_headline_word_glued_to_the_standfirst_subject_is_dropped(pipeline: Pipeline) -> None:
    text = (
        "Flu could affect third of world 's population , says study Researchers say flu "
        "will spread around world within nine months ."
    )
    assert speakers_shown(pipeline, text, "spread around") == ["Researchers"]


def test_a_title_after_a_lower_case_word_stays(pipeline: Pipeline) -> None:
    text = "The vote was close , former President Tom Hale said on Monday in Corvale ."
    assert speakers_shown(pipeline, text, "vote was close") == ["Tom Hale"]


def test_a_person_introduced_before_bare_words_says_them(pipeline: Pipeline) -> None:
    text = (
        "Joel Varn looked over the contract .\n`` They control the process , '' Varn said .\n"
        "But some scientists will sign up .\nIvo Marek is a professor at Corvale State "
        "University .\n`` What I am doing is no different from any other study . ''\n"
    )
    assert quotes_and_speakers(pipeline, text) == [
        ("`` They control the process , ''", "Joel Varn"),
        ("`` What I am doing is no different from any other study . ''", "Ivo Marek"),
    ]


@pytest.mark.parametrize(
    "between",
    ["The court will rule in May .", "Ivo Marek 's plan was rejected .", "Varn is a lawyer ."],
)
def test_a_paragraph_of_narration_breaks_a_running_quote(pipeline: Pipeline, between: str) -> None:
    text = (
        f"`` They control the process , '' Joel Varn said .\n{between}\n"
        "`` We will win this case in the end . ''"
    )
    assert quotes_and_speakers(pipeline, text) == [
        ("`` They control the process , ''", "Joel Varn"),
        ("`` We will win this case in the end . ''", "Joel Varn"),
    ]


def test_a_quote_running_on_into_the_next_paragraph_stays_one(pipeline: Pipeline) -> None:
    text = (
        "`` They control the process , '' Joel Varn said .\n"
        "`` We will win this case in the end . ''"
    )
    assert [s for _, s in quotes_and_speakers(pipeline, text)] == ["Joel Varn"]


def test_a_spokesman_does_not_speak_for_a_body_named_as_an_object(pipeline: Pipeline) -> None:
    text = (
        "Police arrested two men near the Lerner Oil depot . A spokesman said the men were "
        "released ."
    )
    assert speakers_shown(pipeline, text, "men were released") == ["A spokesman"]


def test_a_surname_two_people_named_in_full_share_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "John Brask and his wife Mary Brask flew home on Friday from Corvale . `` I told "
        "Mary to stay calm , '' Mr Brask said ."
    )
    assert speakers_shown(pipeline, text, "stay calm") == ["Brask"]


def test_the_company_is_the_body_the_sentence_before_is_about(pipeline: Pipeline) -> None:
    text = "Lerner Oil cut 300 jobs on Monday . The company said the cuts were needed ."
    assert speakers_shown(pipeline, text, "cuts were needed") == ["Lerner Oil"]


def test_the_company_is_not_a_body_named_as_an_object(pipeline: Pipeline) -> None:
    text = (
        "Police raided the Lerner Oil offices on Monday . The company said the raid was unlawful ."
    )
    assert speakers_shown(pipeline, text, "raid was unlawful") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_the_company_is_the_one_body_named_though_it_modifies_a_noun(pipeline: Pipeline) -> None:
    # descriptions21: the one company the window names is what "the company" names again,
    # whatever its place in its sentence (quotes/descriptions.py); before, this was left as
    # "The company", which readings 19 and 20 judged strict-wrong in the same shape
    text = (
        "As Lerner Oil shares fell , dozens of workers protested outside . The company said "
        "the cuts were needed ."
    )
    assert speakers_shown(pipeline, text, "cuts were needed") == ["Lerner Oil"]


def test_a_quote_left_open_goes_on_over_its_paragraphs(pipeline: Pipeline) -> None:
    text = (
        "Dr Mara Chen said : `` Years of alert mean that most countries now have plans .\n"
        "Vaccine capacity has increased sharply .\nLarge stocks of drugs have been produced .\n"
        "`` Right now , treatment courses are being shipped to more than 70 countries . ''\n"
    )
    quotes = quotes_and_speakers(pipeline, text)
    assert len(quotes) == 1
    assert "Vaccine capacity" in quotes[0][0] and quotes[0][1] == "Mara Chen"


def test_a_name_after_the_closing_mark_says_the_words(pipeline: Pipeline) -> None:
    text = (
        "`` These are not weak firms , '' said Ivo Marek , the mayor 's spokesman .\n"
        "But the senators in Corvale have concluded otherwise .\n"
        "`` I think pay ought to be part of this deal , '' Senate Minority Leader Tom Hale "
        "-LRB- R-Vel . -RRB-\n"
    )
    assert speakers_shown(pipeline, text, "pay ought to be") == ["Tom Hale"]


@pytest.mark.parametrize("opening", ["When Tom Hale came", "Tom Hale came"])
def test_a_sentence_about_a_person_after_the_closing_mark_does_not_sign_the_words(
    pipeline: Pipeline, opening: str
) -> None:
    text = (
        "`` It was a long night , '' Ana Ruiz wrote on her blog .\n"
        "His speech reminded me of the old Hale `` lime green '' speech in Corvale .\n"
        "`` That 's not change we can believe in !\n-LRB- grin grin -RRB- '' "
        f"{opening} down the steps and met Ivo Marek .\n"
    )
    assert "Tom Hale" not in speakers_shown(pipeline, text, "believe in")


def _hales(text: str) -> list[EntityMention]:
    mary, tom, lone = text.index("Mary Hale"), text.index("Tom Hale"), text.rindex("Hale said")
    return [
        EntityMention(mary, mary + 9, "Mary Hale", "PERSON", "Mary Hale"),
        EntityMention(tom, tom + 8, "Tom Hale", "PERSON", "Tom Hale"),
        EntityMention(lone, lone + 4, "Hale", "PERSON", "Tom Hale"),
    ]


def test_a_byline_name_shares_no_surname_with_the_story() -> None:
    text = "By Ana Ruiz and Mary Hale\nAdmiral Tom Hale spoke on Monday . Hale said so ."
    assert shared_surnames(text, _hales(text))[-1].canonical == "Tom Hale"
    text = "Ana Ruiz met Mary Hale and Tom Hale on Monday . Hale said so ."
    assert shared_surnames(text, _hales(text))[-1].canonical == "Hale"
    # surnames44: one of the two named in the sentence right before the surname, the other
    # further back, is the one the surname's first use names
    text = "Ana Ruiz met Mary Hale .\nAdmiral Tom Hale spoke on Monday . Hale said so ."
    assert shared_surnames(text, _hales(text))[-1].canonical == "Tom Hale"


def test_a_title_written_with_one_of_them_says_which() -> None:
    text = "Ana Ruiz met Mary Hale .\nAdmiral Tom Hale spoke on Monday . Admiral Hale said so ."
    assert shared_surnames(text, _hales(text))[-1].canonical == "Tom Hale"


@pytest.mark.parametrize(
    "attribution",
    ["\u2015 Mara Ruiz Chen", "\n\n-Mara Ruiz Chen , writing after the speech ."],
)
def test_a_name_after_a_dash_says_the_words(pipeline: Pipeline, attribution: str) -> None:
    text = (
        '"He can have briefings," Tom Hale said. "But I hope they are fake."\n\nGetty.\n\n'
        f'"Great speech. She is tested. She is ready. She never quits." {attribution}'
    )
    # the recogniser may leave out a first name glued to the dash ("-Mara")
    [shown] = speakers_shown(pipeline, text, "Great speech")
    assert shown is not None and shown.endswith("Ruiz Chen")
