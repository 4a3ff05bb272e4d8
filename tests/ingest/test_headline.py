"""A headline set as the first line of a body without a title becomes the title."""

from __future__ import annotations

from storyline.ingest.headline import split_headline
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

BODY = "The ferry company said on Monday that all sailings would resume .\nInspectors agreed ."


def test_title_case_first_line_is_the_headline() -> None:
    title, rest = split_headline(f"Ferry Sailings Resume After Storm Damage\n{BODY}")
    assert title == "Ferry Sailings Resume After Storm Damage"
    assert rest == BODY


def test_question_headline_without_full_stop_is_a_headline() -> None:
    title, _ = split_headline(f"Is the ferry safe to sail again ?\n{BODY}")
    assert title == "Is the ferry safe to sail again ?"


def test_sentences_and_lone_lines_are_no_headline() -> None:
    assert split_headline(BODY) == (None, BODY)
    one = "Ferry Sailings Resume After Storm Damage"
    assert split_headline(one) == (None, one)
    quoted = '"We are ready," the captain said\nThe ferry left at noon .'
    assert split_headline(quoted)[0] is None
    long = " ".join(["Word"] * 20)
    assert split_headline(f"{long}\n{BODY}")[0] is None


def test_article_without_title_takes_its_headline_line() -> None:
    rec = RawRecord(text=f"Ferry Sailings Resume After Storm Damage\n{BODY}")
    article = build_article(rec, "item")
    assert isinstance(article, Article)
    assert article.title == "Ferry Sailings Resume After Storm Damage"
    assert article.text.startswith("The ferry company")


def test_given_title_keeps_the_first_line_in_the_body() -> None:
    rec = RawRecord(text=f"Harbour Notes\n{BODY}", title="Ferry sailings resume")
    article = build_article(rec, "item")
    assert isinstance(article, Article)
    assert article.title == "Ferry sailings resume"
    assert article.text.startswith("Harbour Notes")


def test_dates_times_datelines_and_bylines_are_no_headline() -> None:
    for first in (
        "Monday, 3 May 2010",
        "Updated 3 May 2010",
        "Posted: 12:30 PM",
        "Last updated at 09:43 GMT",
        "PORT TOWN, Westland (Wire)",
        "Ann Vale, Staff Writer",
        "Published Sept. 12, 2009",
    ):
        assert split_headline(f"{first}\n{BODY}") == (None, f"{first}\n{BODY}"), first
    # a headline naming a month or an editor is still one
    title, _ = split_headline(f"Editor Quits as May Vote Nears\n{BODY}")
    assert title == "Editor Quits as May Vote Nears"


def test_words_starting_like_a_month_are_no_date() -> None:
    # "Market 500" and "Maybe 10" open with a month's letters but name no month: headlines
    for first in (
        "Ferry Market 500 Stalls Reopen",
        "Maybe 10 Ferries Will Sail Again",
        "Decent 3 Days",
    ):
        title, rest = split_headline(f"{first}\n{BODY}")
        assert title == first
        assert rest == BODY
    # a real month with a number, either way round, is still the page's date line
    for first in (
        "Ferry Notes Sept. 12 2009",
        "Ferry Notes 12 Sept 2009",
        "Ferry Notes March 2009",
    ):
        assert split_headline(f"{first}\n{BODY}")[0] is None, first
