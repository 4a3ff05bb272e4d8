"""Shapes of text that are no one's words, shown as quotes until statements4 (issue 14).

A held-out reading (reading18) found seven not-speech quotes of shapes the earlier rules
missed; each test here is one general cause, on a text written for it: a verb of saying
whose only complement is a noun phrase holding a figure (shown.py), a belief held by people
nobody picks out and a figure of speech (narrated.py), a phrase in marks that modifies a
noun (titles.py), a dateline run into a quote's words and a caption opening the page
(page_breaks.py). Each has its counterpart that stays a statement. Every text is invented.
"""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[str]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q.text for q in article.quotes]


def _shown(pipeline: Pipeline, text: str) -> list[str]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q.text for q in article.quotes if q.stated]


# a noun phrase with a figure in it is no more said than any other bare object


def test_an_announced_measure_with_a_sum_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Against that background , Mayor Ivo Marek announced a rise to $ 900 in the "
        "city-financed rebate for people buying a new bicycle to replace an old one ."
    )
    assert not quote_with(pipeline, text, "a rise to $ 900").stated


def test_a_surveys_margin_of_error_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "The survey of 80 harbour pilots and captains -- conducted from May 2 to May 9 and "
        "reporting a margin of error of 6.1 percent -- also asked them to rate the port ."
    )
    assert not quote_with(pipeline, text, "a margin of error").stated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Osk council announced a $2 million budget on Tuesday .", "budget"),
        ("Norland health officials have confirmed 30 cases of the flu .", "30 cases"),
    ],
)
def test_a_bare_count_or_amount_is_no_statement(pipeline: Pipeline, text: str, words: str) -> None:
    assert not quote_with(pipeline, text, words).stated


def test_a_demand_for_a_sum_is_no_statement(pipeline: Pipeline) -> None:
    text = "Fishermen in Osk are now demanding $ 2m in compensation ."
    assert not quote_with(pipeline, text, "2m").stated


def test_a_demand_for_a_thing_of_some_size_is_no_statement_either(pipeline: Pipeline) -> None:
    # notspeech21: what was asked for is what the words were about, figure or not
    text = "Some Osk lawmakers have called for a $ 5 million cap on harbour fees ."
    assert not quote_with(pipeline, text, "cap on harbour fees").stated
    quoted = "Some Osk lawmakers have called for a “$ 5 million cap” on harbour fees ."
    assert quote_with(pipeline, quoted, "cap").stated


def test_a_plan_with_an_infinitive_stays(pipeline: Pipeline) -> None:
    text = "The Veska mayor announced plans to cut 300 jobs at the harbour ."
    assert quote_with(pipeline, text, "plans to cut 300 jobs").stated


def test_a_warning_of_a_danger_that_holds_a_clause_stays(pipeline: Pipeline) -> None:
    text = (
        "Foreign Secretary Ivo Marek warned Sunday about the danger that Osk -- should its "
        "leader go , after 30 years in power -- could fall into the hands of extremists ."
    )
    assert quote_with(pipeline, text, "could fall into the hands").stated


# a belief of people nobody picks out is recounted, not said


def test_a_past_belief_of_a_bare_plural_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Savers thought their money was parked in accounts that were as safe as gold . "
        "When the Osk bank failed , savers panicked ."
    )
    assert not quote_with(pipeline, text, "their money was parked").stated


def test_what_many_feared_is_no_statement(pipeline: Pipeline) -> None:
    text = "Many feared that the army will clear the square with its tanks ."
    assert not quote_with(pipeline, text, "clear the square").stated


def test_what_some_who_had_expected_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "The rebate was promised for the spring , disappointing some who had expected it "
        "to be paid before the harvest ."
    )
    assert not quote_with(pipeline, text, "to be paid before the harvest").stated


def test_a_past_view_of_people_the_text_sources_stays(pipeline: Pipeline) -> None:
    # officials and diplomats are sources a writer takes a view from, in any tense
    text = "Senior officials believed the attack on the Osk port had been planned for months ."
    assert quote_with(pipeline, text, "had been planned for months").stated
    text = "Western diplomats suspected that the regime was hiding stocks of the gas ."
    assert quote_with(pipeline, text, "was hiding stocks").stated


def test_a_present_view_of_officials_stays(pipeline: Pipeline) -> None:
    text = "Officials believe it needs hundreds of wardens to keep the Osk port in order ."
    assert quote_with(pipeline, text, "hundreds of wardens").stated


def test_a_present_view_of_a_named_bodys_economists_stays(pipeline: Pipeline) -> None:
    text = "Economists at Norland Bank now believe that losses total $ 3 billion ."
    assert quote_with(pipeline, text, "losses total").stated


def test_what_so_many_are_saying_is_a_figure_of_speech(pipeline: Pipeline) -> None:
    text = (
        "They were celebrating , having achieved what so many are saying was impossible "
        "just three weeks ago ."
    )
    assert not [q for q in _shown(pipeline, text) if "impossible" in q]


def test_what_officials_said_stays_theirs(pipeline: Pipeline) -> None:
    text = "The Osk army did what officials said was necessary to restore order ."
    assert quote_with(pipeline, text, "necessary to restore order").stated


# page shapes


def test_words_in_marks_modifying_a_noun_are_a_name(pipeline: Pipeline) -> None:
    text = (
        "Appointed chief judge in 1961 , Ivo Marek turned out to be more liberal than "
        "expected . He was involved in several landmark decisions , among them the `` one "
        "boat one licence '' cases of 1964 , which altered the power of the harbour towns ."
    )
    assert not [q for q in _quotes(pipeline, text) if "one licence" in q]


def test_a_dateline_ends_the_headlines_words(pipeline: Pipeline) -> None:
    text = (
        "\\* Osk leader has vowed to fight on , not to leave Osk VELBURG , Osk , March 8 "
        "-LRB- Reuters -RRB- - A Marek envoy offered to hold talks on the leader 's exit , "
        "a rebel spokesman said on Tuesday ."
    )
    q = quote_with(pipeline, text, "to fight on")
    assert q.text == "to fight on , not to leave Osk"


def test_a_caption_opening_the_page_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Harbour Radio : the broadcaster has fallen foul of governments across the region "
        "The Osk authorities have shut its offices .\n"
        "Harbour Radio said today it had appealed to the government ."
    )
    assert not [q for q in _quotes(pipeline, text) if "fallen foul" in q]
    assert quote_with(pipeline, text, "it had appealed").stated


def test_a_headline_quoting_its_label_stays(pipeline: Pipeline) -> None:
    text = (
        "Harbour Radio : We will keep our Osk office open\n"
        "The Osk authorities have shut the offices of Harbour Radio ."
    )
    assert quote_with(pipeline, text, "keep our Osk office open").stated


def test_a_headline_quoting_a_person_on_someone_else_stays(pipeline: Pipeline) -> None:
    text = "Marta Quill : The government has failed our farmers\nThe Osk farm union met on Monday ."
    assert quote_with(pipeline, text, "has failed our farmers").speaker is not None
    text = "Tom Hale : A minister lied to parliament about the port deal\nThe Osk port opened ."
    assert quote_with(pipeline, text, "lied to parliament").speaker is not None
