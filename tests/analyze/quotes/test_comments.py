"""Readers' comments under an article are no one's reported words (comments.py;
statements3, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.comments import comment_section_start

_PAGE = (
    "The mayor of Veska said the port would reopen on Monday .\n"
    "Ana R. April 2 , 2011 at 10:47 pm | Reply I agree that the mayor is wrong .\n"
    "Tom V. April 2 , 2011 at 11:02 pm | Reply Dock workers say the port is a mess ."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_article_above_the_comments_keeps_its_quotes(pipeline: Pipeline) -> None:
    assert quote_with(pipeline, _PAGE, "would reopen on Monday").stated


def test_a_reporting_verb_in_a_comment_shows_no_speaker(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, _PAGE, "the port is a mess")
    assert not q.stated
    assert q.speaker is not None and "workers" in q.speaker.text  # kept for scoring


def test_comment_section_starts_at_the_first_marks_line() -> None:
    assert comment_section_start(_PAGE) == _PAGE.index("Ana R.")


def test_posted_by_signatures_mark_comments() -> None:
    text = (
        "The minister resigned .\nPosted by Tom V on April 2 , 2005 11:01 PM .\nShe was "
        "right .\nPosted by Ana R on April 2 , 2005 11:09 PM ."
    )
    assert comment_section_start(text) == text.index("Posted by Tom")


def test_one_signature_alone_is_not_a_comment_section() -> None:
    text = "The minister resigned on Friday .\nPosted by Tom Vell , at 11:01 PM ."
    assert comment_section_start(text) is None


def test_one_reply_link_alone_marks_comments() -> None:
    text = (
        "The minister resigned on Friday .\nI say a port for the people !!! April 21 , 2011 at "
        "12:33 pm | Reply Nobody has said the opposite ."
    )
    assert comment_section_start(text) == text.index("I say")


_MODERATES = (
    "Senator Ivo Vell drew criticism on Monday for his comments about moderate members of "
    "his party .\n"
    "`` I stand by every word , '' Vell said .\n"
    "The comments angered moderates , who said they would oppose his bill ."
)


def test_moderates_in_an_articles_sentences_are_no_comment_policy(pipeline: Pipeline) -> None:
    assert comment_section_start(_MODERATES) is None
    assert quote_with(pipeline, _MODERATES, "stand by every word").stated


def test_a_posted_by_byline_above_the_article_signs_the_article() -> None:
    text = (
        "Posted by Ana Korv\n"
        "The council of Veska voted on Monday to close the port .\n"
        "Comments are moderated and may take a day to appear ."
    )
    assert comment_section_start(text) is None


def test_a_byline_and_comment_signatures_below_mark_comments_from_the_first_below() -> None:
    text = (
        "Posted by Ana Korv\n"
        "The council of Veska voted on Monday to close the port .\n"
        "Posted by Tom V on April 2 , 2005 11:01 PM .\n"
        "This comment was removed because the moderators found it broke the rules ."
    )
    assert comment_section_start(text) == text.index("Posted by Tom")


_COLUMN = (
    "The harbour of Veska is losing its ferries .\n"
    "The council has cut their budget twice in a year .\n"
    "Tolls will rise again , and the islands will pay for it .\n"
    "The writer is a columnist for the Veska Courier . Posted by Ana Korv on April 2 , 2005 "
    "11:01 PM The harbour of Veska is losing its ferries .\n"
    "I sailed there for years .\n"
    "`` The ferries are done for , '' the Veska Herald wrote last spring .\n"
)


def test_a_timed_signature_under_a_column_marks_the_comments_below_it() -> None:
    assert comment_section_start(_COLUMN) == _COLUMN.index("Posted by")


_RUN_ON = (
    "Dalcor Energy shut its plant in Venmouth on Monday .\n"
    "The firm said the leak was small .\n"
    "Ana Ruiz , the mayor , said the water was safe .\n"
    "Ivo Marr said he would sue . Posted by Tom Vell on April 2 , 2005 11:01 PM\n"
    "Nice one . I agree with Tom .\n"
)


def test_a_timed_signature_run_on_from_the_articles_last_sentence_starts_the_comments() -> None:
    assert comment_section_start(_RUN_ON) == _RUN_ON.index("Posted by")


def test_the_article_sentence_before_a_run_on_signature_keeps_its_speaker(
    pipeline: Pipeline,
) -> None:
    q = quote_with(pipeline, _RUN_ON, "he would sue")
    assert q.stated
    assert q.speaker is not None and q.speaker.name == "Ivo Marr"


def test_a_quote_under_a_columns_signature_is_no_ones(pipeline: Pipeline) -> None:
    assert not quote_with(pipeline, _COLUMN, "ferries are done for").stated


def test_a_timed_signature_under_a_headline_only_is_a_byline() -> None:
    text = (
        "Ferries cut again .\n"
        "Posted by Ana Korv on April 2 , 2005 11:01 PM The council of Veska voted to cut the "
        "ferries .\nTolls will rise , the mayor said .\n"
    )
    assert comment_section_start(text) is None
