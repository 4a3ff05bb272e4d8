"""Page lines naming another page or crediting a picture (ingest/notices.py): cut at ingest
when plain, never a story's title. Texts written for these tests."""

from __future__ import annotations

import pytest

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.notices import (
    PICTURE_CREDIT,
    holds_column_entry,
    is_column_entry,
    is_discussion_notice,
    is_media_link,
    media_link_line,
)

LEAD = (
    "PORT ELM -LRB- Agency -RRB- - About 4,000 fans are expected in Port Elm for "
    "the harbour regatta on Saturday , despite the storm ."
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        (f"Credit : Agency\\/Elm Sun\\/Ann Lee {LEAD}", LEAD),
        (f"Credit: Agency/Bo Park {LEAD}", LEAD),
        (
            "Credit : Ann Lee\\/Agency White House aides met the mayor on Monday .",
            "White House aides met the mayor on Monday .",
        ),
        (
            "AGY\\/Velm Team 2010 ON THE FLOOR OF THE BAY -- Just off the quay , mud .",
            "ON THE FLOOR OF THE BAY -- Just off the quay , mud .",
        ),
    ],
)
def test_picture_credit_is_cut_from_the_line_start(line: str, rest: str) -> None:
    assert PICTURE_CREDIT.sub("", line, count=1) == rest
    assert clean_body(f"{line}\nThe race starts at noon .").startswith(rest)


@pytest.mark.parametrize(
    "line",
    [
        "AGY/Ipsos Poll Shows Mayor Ahead In Port Elm",  # no year: a headline
        "Credit card debt rose again in Port Elm last year .",
        "Photo: the harbour at dawn",
    ],
)
def test_a_headline_or_a_sentence_is_no_picture_credit(line: str) -> None:
    assert PICTURE_CREDIT.match(line) is None


def test_gallery_link_with_its_blurb_is_cut_at_ingest() -> None:
    link = (
        "Crews clear the quay as the harbour storm passes -- photos Dock workers and "
        "volunteers clear debris from the quay in Port Elm after Friday 's storm ."
    )
    assert is_media_link(link) and media_link_line(link)
    cleaned = clean_body(f"{link}\nThe harbour reopened on Monday , the port said .")
    assert "photos" not in cleaned and cleaned.startswith("The harbour reopened")


@pytest.mark.parametrize(
    "line",
    [
        "The mayor -- photos in hand -- told the council the quay was unsafe .",
        "Velm rebels seize the port -- video shows crowds in the square .",
        "-- photos",
    ],
)
def test_a_dash_before_a_medium_inside_a_sentence_is_no_link(line: str) -> None:
    assert not is_media_link(line)


def test_column_entries_are_read_at_the_start_and_run_in() -> None:
    assert is_column_entry("October 2 , Ann Lee : Yet , for once , the harbour is calm .")
    assert is_column_entry("March 11 , leader : At the heart of the debate ...")
    run_in = "What little we know of the deal October 1 , Bo Park : Despite the talk , ..."
    assert not is_column_entry(run_in) and holds_column_entry(run_in)
    # a chronology's entry has no name between the date and the colon
    assert not holds_column_entry("May 2 : The board votes to close the quay .")
    assert not holds_column_entry("On May 2 , the board voted : close the quay .")


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee , the harbour master , was online Friday , May 28 , at 1 p.m. ET to discuss "
        "the storm .",
        "Film producer Bo Park was online Wednesday , Feb. 18 at 11 a.m. ET to discuss his film .",
        "Ann Lee will be online Tuesday to answer your questions .",
    ],
)
def test_discussion_notice(line: str) -> None:
    assert is_discussion_notice(line)


def test_going_online_in_a_report_is_no_notice() -> None:
    assert not is_discussion_notice("The new ferry timetable was online by Friday evening .")
    assert not is_discussion_notice("The port's booking system is online again , it said .")
    # a day after "online", but no guest there to do anything
    assert not is_discussion_notice("Tarn 's tax portal was online Tuesday after hackers hit it .")
    assert not is_discussion_notice("The ferry archive is online to help researchers .")


def test_a_photograph_credit_is_left_to_its_own_rule() -> None:
    # the lead's first capitalised words after the agency stay in the body
    for line in (
        "Photograph : Ann Lee\\/Agency Images The harbour storm was always going to cost us .",
        "Photograph : Ann Lee\\/Agency Thirty-one sailors were rescued from the bay today .",
    ):
        assert PICTURE_CREDIT.match(line) is None
        rest = line.split("Agency ", 1)[1].removeprefix("Images ")
        assert clean_body(f"{line}\nThe port reopened .").startswith(rest)
