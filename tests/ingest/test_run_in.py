"""A headline (and its standfirst) run into the first sentence on one line is parted from
it at ingest: by the page's stamp, a new sentence opening inside the line, or the lead
naming in full whom the head named by one name (texts written for these tests; names and
places invented)."""

from __future__ import annotations

import pytest

from storyline.ingest.records import RawRecord, build_article
from storyline.ingest.run_in import split_run_in_headline

REST = (
    "The harbour board said the ferry would sail again once the storm had passed .\n"
    "Skippers were told to stay in port , and the fish market closed early .\n"
    "A spokesman said the board would review the timetable on Monday ."
)


def test_page_stamp_ends_headline_and_standfirst() -> None:
    text = (
        "Deckhand in hospital after crossing from storm-hit Port Elm Harbour Board has told "
        "skippers to stay in port Saturday 2 May 2009 22.09 BST A deckhand was taken to "
        "hospital with a fever today after falling ill on the crossing .\n" + REST
    )
    title, body = split_run_in_headline(text)
    assert title == (
        "Deckhand in hospital after crossing from storm-hit Port Elm Harbour Board has told "
        "skippers to stay in port"
    )
    # a standfirst the story restates word for word leaves the title to the headline
    restated = text.replace(REST, "The Harbour Board has told skippers to stay in port .\n" + REST)
    assert split_run_in_headline(restated)[0] == (
        "Deckhand in hospital after crossing from storm-hit Port Elm"
    )
    assert body.startswith("A deckhand was taken to hospital")
    assert body.endswith(REST)


def test_dateline_and_bar_before_the_stamp_leave_the_headline() -> None:
    text = (
        "Orsk port reopens after strike : report PORT ELM | Mon May 16 , 2011 3:24 am EDT "
        "PORT ELM -LRB- Agency -RRB- - The port of Port Elm reopened on Monday after a "
        "week-long strike , officials said .\n" + REST
    )
    title, body = split_run_in_headline(text)
    assert title == "Orsk port reopens after strike : report"
    assert body.startswith("PORT ELM -LRB- Agency -RRB- - The port")


def test_a_dateline_alone_before_the_stamp_is_no_headline() -> None:
    text = (
        "PORT ELM , Orsk | Sun Sep 4 , 2011 9:22 am EDT PORT ELM , Orsk -LRB- Agency -RRB- - "
        "The port reopened on Sunday , officials said .\n" + REST
    )
    assert split_run_in_headline(text) == (None, text)


def test_a_new_sentence_opening_inside_the_line_ends_the_headline() -> None:
    text = (
        "Warning issued over the dangers of winter ferries It is too early to say whether "
        "the crossing is safe , the harbour master says .\n" + REST
    )
    title, body = split_run_in_headline(text)
    assert title == "Warning issued over the dangers of winter ferries"
    assert body.startswith("It is too early to say")


def test_a_caption_before_the_lead_stays_in_the_body_without_a_stamp() -> None:
    # a full clause run in with no stamp may be the lead itself misread: nothing is deleted
    text = (
        "Crews are hard at work on the harbour wall The harbour board said on Monday that "
        "the wall would be rebuilt by spring .\n" + REST
    )
    assert split_run_in_headline(text) == (None, text)


def test_title_case_headline_ends_at_a_capitalised_function_word() -> None:
    text = (
        "Harbour Fees Rise Again As a sign of the times , the board raised its fees for "
        "the third year running .\n" + REST
    )
    title, body = split_run_in_headline(text)
    assert title == "Harbour Fees Rise Again"
    assert body.startswith("As a sign of the times")


def test_title_case_headline_going_on_in_capitals_is_not_cut() -> None:
    text = (
        "The Storm Becomes Topic A in Popular Music Ann Lee 's song about the storm "
        "finds humour in the damage .\n" + REST
    )
    assert split_run_in_headline(text)[0] is None


def test_lead_naming_in_full_whom_the_head_named_by_one_name() -> None:
    text = (
        "` Father ' of Orsk savages Lee and Holt Brennan brands the board a rogue body and "
        "stands by claim that ferries ` rule the sea ' Brennan Tollak , modern Orsk 's "
        "founding father , denounced the harbour board yesterday as a rogue body .\n" + REST
    )
    title, body = split_run_in_headline(text)
    assert title is not None and title.endswith("` rule the sea '")
    assert body.startswith("Brennan Tollak , modern Orsk 's founding father")


@pytest.mark.parametrize(
    "line",
    [
        # a relative named in full after another of the family: one sentence
        "Kasimir Holt , son of the harbour master Ragnar Holt , was seen on television on "
        "Monday night .",
        "President Ann Lee of Orsk said on Monday the port would reopen after the storm .",
        "The Harbour Reserve might raise its fees , traders who use the reserve said on Tuesday .",
        "The ferry left on May 2 , 2010 9:45 pm when it sank off the point .",
        "By Ann Lee , reporter May 7 , 2011 : 5:46 AM ET The strike goes on at the port .",
        "In taking the top job at the board two years ago , Ann Lee said she would not be "
        "content to keep the seat warm .",
        # the article writes "embassy" in lower case too: a possessive still holds the name
        "They arrived ready to protest , but outside Orsk 's Embassy in Port Elm , chants "
        "soon turned to songs as the embassy staff watched .",
        # highlights before a wire dateline: the lead comes after the dateline
        "On the quay at Port Elm NEW : The harbour master says the fleet is in shambles "
        "Under the accord , `` everything is on the table , '' he says Port Elm , Orsk "
        "-LRB- Wire -RRB- -- The harbour master resigned on Wednesday .",
        # a photo's credit in brackets is no headline
        "-LRB- By Ann Lee -- Port Wire -RRB- The facade of the harbour board , where fees "
        "have risen .",
    ],
)
def test_real_first_sentences_are_not_cut(line: str) -> None:
    text = f"{line}\n{REST}"
    assert split_run_in_headline(text) == (None, text)


def test_ingest_takes_the_run_in_headline_as_the_title() -> None:
    text = (
        "Warning issued over the dangers of winter ferries It is too early to say whether "
        "the crossing is safe , the harbour master says .\n" + REST
    )
    article = build_article(RawRecord(text=text, key="k1"), "item")
    assert not isinstance(article, Exception)
    assert article.title == "Warning issued over the dangers of winter ferries"
    assert article.text.startswith("It is too early to say")
    assert "winter ferries" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        # a title after a possessive ("the country 's Foreign Minister") is no new sentence
        "Talks with the rebels have failed , the country 's Foreign Minister said on Monday "
        "in a statement .",
        # a capitalised noun after a lower-case adjective ("a new Constitution")
        "Voters in Orsk backed the plan for a new Constitution by a wide margin , officials "
        "said on Sunday .",
        # a full name after "while": one sentence naming two people of one family
        "Brennan met aides in the port on Monday while Ann Brennan , the harbour master , "
        "said the quay would reopen .",
    ],
)
def test_ordinary_leads_are_not_cut(line: str) -> None:
    # the article writes the capitalised words in lower case too (common words, not names)
    more = "A foreign envoy said the constitution gave the minister no say .\n"
    text = f"{line}\n{more}{REST}"
    assert split_run_in_headline(text) == (None, text)


def test_a_full_name_after_a_lower_case_word_is_no_lead_and_nothing_is_deleted() -> None:
    # read as a head and a caption, the clause would leave the body: a lead is never lost
    line = "Holt was charged on Monday and his brother Tom Holt , 32 , was released on bail ."
    text = f"{line}\n{REST}"
    assert split_run_in_headline(text) == (None, text)
    headline = "Holt charged on Monday and his brother Tom Holt , 32 , was released on bail ."
    assert split_run_in_headline(f"{headline}\n{REST}")[0] is None


def test_a_long_line_of_capitals_before_a_stamp_is_read_whole() -> None:
    # a dateline is looked for just before the stamp: a long run of capitals and spaces
    # with no bar is not searched back from every start (once quadratic)
    line = (
        "Harbour "
        + "A " * 20000
        + "Saturday 2 May 2009 22.09 BST A deckhand fell ill on the crossing ."
    )
    text = f"{line}\n{REST}"
    assert split_run_in_headline(text) == (None, text)
