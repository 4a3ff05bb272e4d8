"""Where a story title ends and the lead starts on a flattened first line: a caption set
above the lead with no full stop, a date that belongs to its sentence, a pronoun opening
the next sentence (texts written for these tests)."""

from __future__ import annotations

import pytest

from storyline.corpus.stories.title_cleaning import dateline_pieces, opens_with_byline
from storyline.corpus.stories.titles import article_headline
from storyline.model import Article
from storyline.text.line_words import reads_as_clause

_MORE = (
    "\nRepairs to the sea wall will take three months , the harbour board said .\n"
    "Fishing crews will use the south quay while the work goes on , a board member said ."
)


def _title(first_line: str) -> str:
    return article_headline(Article(id="t", text=first_line + _MORE))


@pytest.mark.parametrize(
    "caption",
    [
        "Crews are hard at work on the damaged wall",
        "The quay had been due to reopen on Monday after the storm",
        "Ann Lee of the harbour board explains how the new gate is meant to close",
        "Fishing boats have been moored at the south quay since the storm",
    ],
)
def test_a_caption_written_as_a_clause_gives_way_to_the_lead(caption: str) -> None:
    lead = (
        "The harbour board of Port Ellery voted on Tuesday to close the north quay for "
        "repairs after storms damaged the sea wall ."
    )
    assert _title(f"{caption} {lead}").startswith("The harbour board of Port Ellery voted")


def test_a_headline_in_headline_grammar_stays_before_its_caption() -> None:
    line = (
        "Port Ellery closes north quay for repairs Crews are hard at work on the wall "
        "The harbour board of Port Ellery voted on Tuesday to close the north quay ."
    )
    assert _title(line) == "Port Ellery closes north quay for repairs"


def test_highlights_before_a_wire_dateline_keep_the_first_highlight() -> None:
    line = (
        "Ann Lee says the north quay will reopen in May Crews begin work on the wall "
        "Port Ellery -LRB- Agency -RRB- -- The harbour board voted on Tuesday to close the "
        "north quay for repairs ."
    )
    assert _title(line) == "Ann Lee says the north quay will reopen in May"


def test_a_head_ending_inside_a_name_is_not_taken_for_a_caption() -> None:
    line = (
        "As he was led away from the harbour office to the county Court on two counts of "
        "fraud , the clerk said nothing to the reporters waiting outside ."
    )
    assert _title(line).startswith("As he was led away from the harbour office")


def test_a_date_after_of_the_belongs_to_its_sentence() -> None:
    line = "Ann Lee led the relief effort for victims of the 12 May , 2009 floods in Port Ellery ."
    title = _title(line)
    assert title.startswith("Ann Lee led the relief effort for victims of the 12 May")
    assert not title.endswith(" the")


def test_a_capitalised_on_before_a_date_opens_the_next_sentence() -> None:
    line = (
        "Harbour works : a timeline On 20 April 2010 a storm breached the sea wall at Port Ellery ."
    )
    assert _title(line) == "Harbour works : a timeline"


@pytest.mark.parametrize("opener", ["They are", "What members", "Their terms"])
def test_a_pronoun_after_a_lower_case_word_opens_a_new_sentence(opener: str) -> None:
    line = (
        f"Harbour board names two new members {opener} will serve Port Ellery and "
        "Westby , the board said ."
    )
    assert _title(line) == "Harbour board names two new members"


@pytest.mark.parametrize(
    ("head", "clause"),
    [
        ("Crews are hard at work on the wall", True),
        ("Ann Lee says the gate will close", True),
        ("The quay had been due to reopen", True),
        ("Port Ellery closes north quay", False),
        ("Harbour wall to be rebuilt by May", False),
        ("Is the harbour wall safe ?", False),
    ],
)
def test_reads_as_clause(head: str, clause: bool) -> None:
    assert reads_as_clause(head) is clause


def test_a_caption_between_a_byline_and_a_wire_dateline_gives_way_to_the_lead() -> None:
    text = (
        "From Ann Lee and Bo Park , KTV A crane was lifted Friday onto the quay at Port Ellery .\n"
        "NEW : Two crew members are hurt in the storm , the board says The quay stays shut "
        "for repairs Port Ellery , Norland -LRB- KTV -RRB- -- The harbour board of Port "
        "Ellery voted on Tuesday to close the north quay for repairs after storms damaged "
        "the sea wall .\n"
        "Repairs to the sea wall will take three months , the harbour board said ."
    )
    title = article_headline(Article(id="t", text=text))
    assert title.startswith("The harbour board of Port Ellery voted")


def test_without_a_byline_a_dateline_inside_a_line_parts_nothing() -> None:
    line = (
        "A crane was lifted Friday onto the quay at Port Ellery .\n"
        "Two crew members are hurt in the storm , the board says The quay stays shut "
        "Port Ellery -LRB- KTV -RRB- -- The harbour board voted on Tuesday to close the "
        "north quay for repairs ."
    )
    assert _title(line) == "A crane was lifted Friday onto the quay at Port Ellery ."


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (
            "Two crew members are hurt in the storm , the board says "
            "Port Ellery -LRB- KTV -RRB- -- The board voted .",
            [
                "Two crew members are hurt in the storm , the board says",
                "Port Ellery -LRB- KTV -RRB- -- The board voted .",
            ],
        ),
        # a short head, or one ending open, is the dateline's own or a headline's
        ("Quay shut Port Ellery (KTV) -- The board voted .", None),
        (
            "The harbour board says the north quay will close for repairs in "
            "Port Ellery (KTV) -- The board voted .",
            None,
        ),
        ("The board voted on Tuesday to close the quay .", None),
    ],
)
def test_dateline_pieces(line: str, pieces: list[str] | None) -> None:
    assert dateline_pieces(line) == (pieces or [line])


@pytest.mark.parametrize(
    ("text", "bylined"),
    [
        ("From Ann Lee and Bo Park , KTV A crane was lifted", True),
        ("By Ann Lee Harbour correspondent , Norland News A crane was lifted", True),
        ("By Friday , the quay was shut", False),
        ("The board voted on Tuesday", False),
    ],
)
def test_opens_with_byline(text: str, bylined: bool) -> None:
    assert opens_with_byline(text) is bylined
