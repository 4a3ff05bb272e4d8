"""Speakers of the held-out reading of main 0f3d2f9 (issue 14): a crowd's chant given to
the player the sentence is about, outlets joined to a copula's complement, a quote whose
attribution stands alone on the next line, a quote carried over a line break, two
co-authors behind one relative pronoun, a message posted on a body's web site, and a
titled name the recogniser missed. Texts are written for these tests, in the corpus's
tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.descriptions import _home_town


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Tomas Orlov was in his brother 's corner as usual , urging on fans in the "
            'stadium when the first chants of "Orlov ! Orlov ! stirred .',
            "Orlov !",
        ),
        (
            "Tomas Orlov urged on fans in the stadium when the first chants of `` Orlov , "
            "Orlov '' stirred .",
            "Orlov ,",
        ),
    ],
)
def test_a_crowds_chant_is_not_the_players(pipeline: Pipeline, text: str, words: str) -> None:
    """The chant is a crowd's slogan: kept, but shown to no one (not the one urging)."""
    assert speakers_shown(pipeline, text, words) == [None]


def test_a_chant_with_its_own_verb_keeps_its_subject(pipeline: Pipeline) -> None:
    text = "The fans chanted `` Orlov must go now '' as he left the ring ."
    assert speakers_shown(pipeline, text, "must go now") == ["The fans"]


@pytest.mark.parametrize(
    "text",
    [
        "Over shouts of `` Resign ! '' , Marisol Quenby said `` I will not resign , whatever "
        "they say . ''",
        "Amid chants of `` Four more years ! '' , Marisol Quenby told the crowd : `` We have "
        "only just begun . ''",
    ],
)
def test_words_said_after_a_chant_keep_their_speaker(pipeline: Pipeline, text: str) -> None:
    """The cue stands between the crowd's chant and the speaker's own words in marks: the
    words are hers, even when the parse takes both for one quote."""
    assert speakers_shown(pipeline, text, "Quenby") == ["Marisol Quenby"]


@pytest.mark.parametrize(
    "text",
    [
        "The biggest player who does not have a deal in place is director Tomas Orlov and "
        "The Velmar Gazette and Dorvan Post are reporting that he is in talks to return .",
        "The one star still without a contract is Tomas Orlov and the Velmar Gazette is "
        "reporting that he is in talks to return .",
    ],
)
def test_outlets_after_a_copulas_complement_report(pipeline: Pipeline, text: str) -> None:
    shown = speakers_shown(pipeline, text, "in talks to return")
    assert shown in (["Velmar Gazette and Dorvan Post"], ["Velmar Gazette"]), shown


def test_two_outlets_written_with_the_are_both_shown(pipeline: Pipeline) -> None:
    text = (
        "Tomas Orlov is close to a deal with the studio . The Velmar Gazette and the Dorvan "
        "Post are reporting that he is in negotiations to direct the sequel ."
    )
    shown = speakers_shown(pipeline, text, "in negotiations")
    assert shown == ["Velmar Gazette and Dorvan Post"]


def test_two_co_authors_of_a_relative_clause_are_both_shown(pipeline: Pipeline) -> None:
    text = (
        "That was countered by the Velmar Gazette 's Marisol Quenby and Ivo Karsten , who "
        "wrote on Saturday that Orlov had not stepped away ."
    )
    shown = speakers_shown(pipeline, text, "not stepped away")
    assert shown == ["Marisol Quenby and Ivo Karsten"]


def test_a_bare_attribution_on_the_next_line_takes_the_quote(pipeline: Pipeline) -> None:
    text = (
        "Marisol Quenby became a recluse in recent decades .\n"
        "Yet , her images continued to be used around the world .\n"
        "`` Her popularity has continued to soar despite the fact that the reclusive Quenby "
        "disappeared almost a half century ago . ''\n"
        "Dovin said .\n"
        "The Web site logs about 20 million hits a month , Dovin said ."
    )
    assert speakers_shown(pipeline, text, "popularity has continued") == ["Dovin"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ('" said Tomas Kellet , her son .', "Tomas Kellet"),
        ("\" Kellet 's son , Tomas Kellet , said after the hearing .", "Tomas Kellet"),
    ],
)
def test_a_quote_carried_over_a_line_break_is_its_closers(
    pipeline: Pipeline, attribution: str, speaker: str
) -> None:
    """The first line opens the quote and leaves it open; the next closes it with a
    tokenised straight mark after its own words, then names who spoke."""
    text = (
        "Police said Ana Kellet was shot at the clinic on Monday .\n"
        '"She was not just a nurse . . . .\n'
        "She was our mom and the heart of our family , " + attribution
    )
    quote = quote_with(pipeline, text, "just a nurse")
    assert "heart of our family" in quote.text
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_message_posted_on_a_bodys_site_is_the_bodys(pipeline: Pipeline) -> None:
    text = (
        "The accounting firm Quenby Dovin closed its doors on Monday . A message posted on "
        "the accounting firm 's Web site said the offices would stay closed until Friday ."
    )
    assert speakers_shown(pipeline, text, "stay closed") == ["Quenby Dovin"]


@pytest.mark.parametrize(
    "text",
    [
        "`` Orlov , '' Velmar Falls Police Chief Ana Ruiz said , `` was the first to arrive . ''",
        "Velmar Falls Police Chief Ana Ruiz said the ward was full .",
    ],
)
def test_the_titled_name_heads_its_phrase(pipeline: Pipeline, text: str) -> None:
    quote = quote_with(pipeline, text, "first to arrive" if "first" in text else "ward")
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The car belonged to Tomas Orlov Jr . Police said the driver had fled .",
            "fled",
            "Police",
        ),
        (
            "The company moved its offices to the U . S . Officials said the move would "
            "cost jobs .",
            "cost jobs",
            "Officials",
        ),
    ],
)
def test_a_spaced_abbreviation_can_end_a_sentence(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_a_spaced_initialism_before_a_name_stays_one(pipeline: Pipeline) -> None:
    text = "The U . S . Senate said the bill would pass ."
    assert speakers_shown(pipeline, text, "bill would pass") == ["United States Senate"]


def test_a_deed_on_the_next_line_takes_no_quote(pipeline: Pipeline) -> None:
    """ "Police quickly responded ." after a closed quote reports a deed, not the words."""
    text = (
        "`` We saw the man moving inside the office , '' Ivo Karsten said .\n"
        "`` I just keep saying I can not believe this . ''\n"
        "Police quickly responded and surrounded the building ."
    )
    assert speakers_shown(pipeline, text, "can not believe") != ["Police"]


def test_a_page_quoting_a_whole_article_keeps_its_attributions(pipeline: Pipeline) -> None:
    """The article's closing mark is followed by its source in brackets, not by a cue: the
    lines between are no one quote, and their own attributions stand."""
    text = (
        "Here is what the papers said .\n"
        '"A gunman shot three people at an office building in Velmar Falls , police said .\n'
        "The victims ' conditions were not known , said police spokeswoman Ana Ruiz .\n"
        'Witnesses said the gunman had worked at the firm . " ( Velmar Gazette article )'
    )
    quote = quote_with(pipeline, text, "conditions were not known")
    assert not quote.text.startswith('"A gunman')
    assert quote.speaker is not None and quote.speaker.text == "police spokeswoman Ana Ruiz"


def test_a_persons_home_town_is_no_firm_named_again() -> None:
    """ "a woman from Kestra Falls" (which the recogniser may read as a body) says where she
    comes from: no firm a later "the accounting firm" names again."""
    text = "Police said she was a 63 - year - old woman from Kestra Falls ."
    assert _home_town(text, text.index("Kestra"))
    text = "The order went to a supplier , and officials from Kestra Falls Bank said ."
    assert not _home_town(text, text.index("Kestra"))
    text = "A spokesman from Kestra Falls Bank said the branch would close ."
    assert not _home_town(text, text.index("Kestra"))


@pytest.mark.parametrize(
    "line",
    [
        "Two days later , Ivo Karsten told the board .",
        "News of the deal was first reported in the Velmar Gazette .",
    ],
)
def test_a_line_that_does_more_than_attribute_takes_no_quote_above(
    pipeline: Pipeline, line: str
) -> None:
    text = (
        "`` We were stunned by the loss , '' Marisol Quenby said .\n"
        "`` We should not have been in that position , and I accept that . ''\n" + line
    )
    assert speakers_shown(pipeline, text, "should not have been") == ["Marisol Quenby"]


def test_a_carried_quote_closes_before_a_long_attribution(pipeline: Pipeline) -> None:
    """The verb may stand far into the closing line ("Ivo Karsten , who works for a firm
    in the building , told ...")."""
    text = (
        "The building was sealed off on Monday .\n"
        '"We heard shots . . . .\n'
        'We are on the third floor , barricaded in , " Ivo Karsten , who works for a firm '
        "in the building , told a local station ."
    )
    quote = quote_with(pipeline, text, "heard shots")
    assert quote.speaker is not None and quote.speaker.name == "Ivo Karsten"
