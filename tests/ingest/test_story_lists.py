"""A box of other stories inside an article is cut at ingest (pages.cut_story_lists, issue
14): its headlines would read as speakers of their blurbs. Every text is invented."""

from __future__ import annotations

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.pages import cut_story_lists

_REPORT = [
    "Ferry fares will rise by a fifth from June , the operator said on Monday .",
    "The council said it would appeal against the decision .",
]
_BOX = [
    "The four most popular stories on the site today , according to our counter .",
    "Harbour cat rescued from crane : Firemen in Port Elm say they finally brought down "
    "a cat that had spent three days on a crane .",
    "Storm hits Westshire : Winds of 90 mph tore roofs from homes on Friday .",
    "Schools were closed across the county .",
    "Mayor quits over parking fines : The mayor of Tarvo resigned on Sunday after a row .",
]


def test_a_box_of_popular_stories_goes_with_its_announcement() -> None:
    lines = [*_REPORT, *_BOX, "Passengers said the rise was unfair ."]
    assert cut_story_lists(lines) == [*_REPORT, "Passengers said the rise was unfair ."]
    cleaned = clean_body("\n".join([*_REPORT, *_BOX]))
    assert "Harbour cat" not in cleaned
    assert "Mayor quits" not in cleaned


def test_an_announcement_without_items_or_a_report_line_stays() -> None:
    alone = [*_REPORT, _BOX[0], "Passengers said the rise was unfair ."]
    assert cut_story_lists(alone) == alone
    one_item = [*_REPORT, _BOX[0], _BOX[1], "Passengers said the rise was unfair ."]
    assert cut_story_lists(one_item) == one_item
    report = [
        *_REPORT,
        "But the minister moved on to more positive news about the quay .",
        "2003 : The minister opens by praising the crews .",
        "2005 : He says the ferry will sail again in May and the quay is safe .",
    ]
    assert cut_story_lists(report) == report
