"""Page text around a headline kept out of story titles: wire page headers, update notes,
correction notes, promotions and a Title Case headline run into a caption or a lead
(texts written for these tests)."""

from __future__ import annotations

import pytest

from storyline.corpus.stories.title_furniture import (
    cut_run_in_header,
    is_correction_note,
    is_page_intro,
    is_promotion,
    is_slogan,
    leans_on_line_before,
    strip_page_header,
    title_case_head,
)
from storyline.corpus.stories.titles import (
    CLEAN,
    article_headline,
    clean_title_text,
    is_caption,
    title_quality,
)
from storyline.model import Article
from storyline.text.line_words import ArticleWords


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "RIVERTON , Vale | Sun Oct 2 , 2011 6:21 pm EDT RIVERTON , Vale -LRB- Agency -RRB- - "
            "Crews cleared the flooded road on Sunday , officials said .",
            "Crews cleared the flooded road on Sunday , officials said .",
        ),
        (
            "NORTH PORT\\/SOUTH PORT | Wed Jun 9 , 2010 7:24 pm EDT NORTH PORT\\/SOUTH PORT "
            "-LRB- Agency -RRB- - Ferry fares rose by a third on Wednesday .",
            "Ferry fares rose by a third on Wednesday .",
        ),
        (
            "Wed Apr 6 , 2011 6:31 am EDT -LRB- Adds mayor 's quotes -RRB- RIVERTON , April 6 "
            "-LRB- Agency -RRB- - The council sent two dredgers to clear the canal .",
            "The council sent two dredgers to clear the canal .",
        ),
        (
            "2011 06 13 00:11 GMT RIVERTON -LRB- Agency -RRB- - The health board declared an "
            "outbreak of measles on Monday .",
            "The health board declared an outbreak of measles on Monday .",
        ),
        (
            "-LRB- Agency -RRB- - Following are comments on the closure of the port :",
            "Following are comments on the closure of the port :",
        ),
        (
            "Ferry service resumes after the storm RIVERTON , Vale | Mon",
            "Ferry service resumes after the storm",
        ),
    ],
)
def test_wire_page_headers_are_cut_from_titles(raw: str, clean: str) -> None:
    assert clean_title_text(raw) == clean


def test_a_bare_page_header_never_titles_an_article() -> None:
    article = Article(
        id="h1",
        text=(
            "RIVERTON , Vale | Sun Oct 2 , 2011 6:21 pm EDT RIVERTON , Vale -LRB- Agency -RRB- - "
            "Patients are waiting for hours because the hospital generator has run out of fuel , "
            "nurses said on Sunday .\nThe town has had no power for a week .\n"
        ),
    )
    assert article_headline(article).startswith("Patients are waiting for hours")


def test_header_helpers_leave_a_headline_alone() -> None:
    for text in ("Port reopens after storm", "Mayor says | the vote is close"):
        assert strip_page_header(text) == text
        assert cut_run_in_header(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "This article quoted harbour master Ann Lee as saying the dam was unsafe .",
        "An earlier version of this story misstated the cost of the new bridge .",
        "Correction : the ferry sails on Mondays , not Tuesdays .",
        "This report has been corrected to show the mayor 's full title .",
        "Earlier versions of this article , including in the print edition , carried the "
        "wrong dateline .",
        "The article incorrectly said that Sen. Ann Lee chairs the harbour committee .",
        "The story erroneously gave the ferry 's sailing time as noon .",
    ],
)
def test_correction_notes_are_not_titles(text: str) -> None:
    assert is_correction_note(text)
    assert title_quality(text) < CLEAN


def test_news_about_an_article_or_a_report_is_no_correction_note() -> None:
    for text in (
        "The report said the dam was unsafe .",
        "The report quoted a senior engineer as saying the dam was unsafe .",
        "This article of the charter gives the council its powers .",
        "The report incorrectly counted the harbour 's ferries , the council said .",
        "The article of the treaty was wrongly applied , the court ruled .",
    ):
        assert not is_correction_note(text)
        assert title_quality(text) == CLEAN


def test_the_headline_below_a_correction_note_titles_the_article() -> None:
    article = Article(
        id="c1",
        text=(
            "This article quoted harbour master Ann Lee as saying the dam was unsafe .\n"
            "Lee was referring to the old dam upstream .\n"
            "Flood Defences Could Fail Within a Decade\n"
            "The defences along the river were built in 1950 and need repair , the council "
            "said on Monday .\n"
        ),
    )
    assert article_headline(article) == "Flood Defences Could Fail Within a Decade"


@pytest.mark.parametrize(
    "text",
    [
        "View how the floods spread across the valley .",
        "Get the morning digest delivered to your inbox every day .",
        "All you need is one click to get the weekly digest !",
        "Watch the latest pictures from the harbour .",
        "Send an email with the word Ferry in the subject line to us and we will reply .",
        "If you have solid tips , news or documents on abuses at the harbour board , we want "
        "to know .",
        "Send us your suggestions .",
        "If you see flooding on your street , tell us .",
    ],
)
def test_promotions_are_not_titles(text: str) -> None:
    assert is_promotion(text)
    assert title_quality(text) < CLEAN


def test_headlines_with_promotion_words_stay_clean() -> None:
    for text in (
        "Views differ on the harbour plan",
        "Council to watch river levels overnight",
        "If you have a boat , the harbour master wants to know , the council said .",
    ):
        assert not is_promotion(text)
        assert title_quality(text) == CLEAN


_BODY = (
    "The plan to widen the harbour stalls again . The council said the call for a delay "
    "came too late , and traders work on the quay as usual . Voters hope for a decision , "
    "and the defences of the town still wait . A third of the fleet is idle . "
)


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Harbour Plan Stalls As Council Resists Call to Delay Sen. Ann Lee , speaking in "
            "Riverton , said the plan was sound",
            "Harbour Plan Stalls As Council Resists Call to Delay",
        ),
        (
            "Harbour Plan Stalls As Council Resists Call Traders work on the quay as usual",
            "Harbour Plan Stalls As Council Resists Call",
        ),
        (
            "Council Resists Call to Delay Harbour Plan President Ann Lee said on Monday",
            "Council Resists Call to Delay Harbour Plan",
        ),
        (
            "Harbour Plan Stalls As Council Resists Call Aspiring U.K. voters hope for a vote",
            "Harbour Plan Stalls As Council Resists Call",
        ),
    ],
)
def test_a_title_case_headline_ends_where_the_lead_runs_in(line: str, head: str) -> None:
    words = ArticleWords(_BODY + line)
    assert title_case_head(line, words) == head


def test_a_sentence_opening_with_a_long_name_is_not_cut() -> None:
    line = "The Riverton Harbour Board Authority said on Monday that the quay would close"
    words = ArticleWords("The Riverton Harbour Board Authority runs the port . " + line)
    assert title_case_head(line, words) == line
    # a headline in sentence case is left to the sentence rules
    line = "Harbour plan stalls as council resists call for delay"
    assert title_case_head(line, ArticleWords(_BODY + line)) == line


def test_an_article_titled_by_a_title_case_headline_run_into_its_caption() -> None:
    article = Article(
        id="t1",
        text="Harbour Plan Stalls As Council Resists Call Traders work on the quay as usual .\n"
        + _BODY,
    )
    assert article_headline(article) == "Harbour Plan Stalls As Council Resists Call"


def test_a_sentence_case_headline_run_into_a_number_ends_before_it() -> None:
    article = Article(
        id="n1",
        text=(
            "No safe berth for the fleet Around 130 boats lost their moorings in the storm .\n"
            "Boats drifted around the harbour , owners said . " + _BODY
        ),
    )
    assert article_headline(article) == "No safe berth for the fleet"


def test_a_flattened_pictured_caption_is_a_caption() -> None:
    assert is_caption("Ann Lee -LRB- pictured -RRB- was speaking after the council met .")


def test_a_mixed_case_dateline_marks_the_lead_over_a_teaser_above_it() -> None:
    article = Article(
        id="m1",
        text=(
            "Ann Lee reports on the search for a missing hiker in the northern hills .\n"
            "Riverton -LRB- Agency -RRB- -- Council leaders welcomed the mayor 's decision to "
            "close the old pier on Friday , officials said .\n"
            "The pier had been unsafe for years .\n"
        ),
    )
    assert article_headline(article).startswith("Council leaders welcomed the mayor 's decision")
    assert clean_title_text("Riverton (Agency) - The pier closed .") == "The pier closed ."


def test_a_title_case_head_with_split_clitics_is_read_whole() -> None:
    line = "Mayor 's Plan Stalls As Council Resists Lee 's Call Traders work on the quay"
    words = ArticleWords(_BODY + "The mayor 's plan . " + line)
    assert title_case_head(line, words) == "Mayor 's Plan Stalls As Council Resists Lee 's Call"


def test_a_caption_dated_in_this_photograph_is_a_caption() -> None:
    text = (
        "Crews hose down the burning ferry off Riverton , in this May 2 , 2010 , "
        "handout photograph ."
    )
    assert is_caption(text)
    assert not is_caption("Nothing in this picture-perfect town had prepared them for the flood .")


def test_a_dateline_with_its_day_is_cut_from_a_title() -> None:
    raw = "RIVERTON , June 24 -- The fear among ferry owners is that the port stays shut ."
    assert clean_title_text(raw) == "The fear among ferry owners is that the port stays shut ."


def test_a_lead_opening_with_a_possessive_name_is_cut_whole() -> None:
    line = "Behind Council 's Decision to Delay the Plan Ann Lee 's decision to delay the plan"
    words = ArticleWords(_BODY + "The decision was the council 's own . " + line)
    assert title_case_head(line, words) == "Behind Council 's Decision to Delay the Plan"


@pytest.mark.parametrize(
    "text",
    [
        "Still the sharpest harbour coverage .",
        "Your essential source for the latest news on ferries and ports .",
        "The smartest harbour newsletter , every morning !",
    ],
)
def test_an_outlets_slogan_is_no_title(text: str) -> None:
    assert is_slogan(text)
    assert title_quality(text) < CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "Latest news : ferry sinks off the coast",
        "The best coverage of the vote was in the local paper .",
        "A slow rebirth for the harbour town",
        "The latest figures show ferry traffic fell by a third .",
    ],
)
def test_headlines_with_praise_words_are_no_slogans(text: str) -> None:
    assert not is_slogan(text)
    assert title_quality(text) == CLEAN


@pytest.mark.parametrize(
    "text",
    [
        "Here then are today 's highlights of news from the harbour towns .",
        "Here 's our pick of the week 's ferry stories .",
        "Following are details of the new ferry timetable :",
    ],
)
def test_a_line_presenting_the_page_is_no_title(text: str) -> None:
    assert is_page_intro(text)
    assert title_quality(text) < CLEAN


def test_news_opening_with_here_or_following_stays_clean() -> None:
    for text in (
        "Here in Almsbury , the river rose two metres overnight .",
        "Following the storm , the council closed the old pier .",
    ):
        assert not is_page_intro(text)
        assert title_quality(text) == CLEAN


def test_the_line_going_on_about_a_promotion_is_passed_over() -> None:
    article = Article(
        id="w",
        text=(
            "Get the harbour digest delivered to your inbox every morning .\n"
            "It 's like reading the gazette , only much quicker .\n"
            "The council voted on Monday to close the old pier after the storm damaged it .\n"
            + _BODY
        ),
    )
    assert leans_on_line_before("It 's like reading the gazette , only much quicker .")
    assert article_headline(article) == (
        "The council voted on Monday to close the old pier after the storm damaged it ."
    )


def test_a_lead_opening_with_it_titles_its_article() -> None:
    article = Article(
        id="i",
        text="It was the worst storm in a century , the harbour master said on Monday .\n" + _BODY,
    )
    assert article_headline(article).startswith("It was the worst storm in a century")


def test_the_headline_below_a_slogan_titles_the_article() -> None:
    article = Article(
        id="s",
        text=(
            "Still the sharpest harbour coverage .\n"
            "Council Votes to Close the Old Pier The council voted on Monday to close the "
            "old pier after the storm damaged it , the mayor said .\n" + _BODY
        ),
    )
    assert article_headline(article) == "Council Votes to Close the Old Pier"
