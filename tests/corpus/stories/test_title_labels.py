"""Section labels, broadcast credits and promotions, dated list entries and bylines before
a dateline never title a story (texts written for these tests; names and places invented)."""

from __future__ import annotations

from storyline.corpus.stories.title_labels import (
    is_broadcast_credit,
    is_dated_entry,
    is_section_label,
    strip_dated_entry,
    strip_section_label,
)
from storyline.corpus.stories.titles import article_headline, clean_title_text, title_quality
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

_BODY = (
    "The harbour board said on Tuesday that the east quay would reopen to ferries next month "
    "after repairs to the storm wall .\n"
    "Engineers finished pouring concrete for the new wall last week , the board said .\n"
    "Ferry operators had warned that another winter without the quay would cost them "
    "passengers .\n"
)
_LEAD = "The harbour board said on Tuesday that the east quay would reopen"


def _headline(text: str) -> str:
    built = build_article(RawRecord(text=text), "t")
    assert isinstance(built, Article)
    return article_headline(built)


def test_a_section_label_alone_is_no_title() -> None:
    for label in ("In pictures", "Features", "Analysis", "Special report"):
        assert is_section_label(label)
        assert title_quality(label) == 0
        assert _headline(f"{label}\n{_BODY}").startswith(_LEAD)
    assert not is_section_label("Quay reopens")


def test_a_section_label_in_front_of_the_headline_is_cut() -> None:
    assert strip_section_label("Analysis The long wait for the quay is over") == (
        "The long wait for the quay is over"
    )
    assert strip_section_label("Video : Ferries return to the quay") == (
        "Ferries return to the quay"
    )
    assert strip_section_label("FACTBOX-Key facts about the harbour board") == (
        "Key facts about the harbour board"
    )
    assert clean_title_text("Studios What would a harbour without ferries look like ?") == (
        "What would a harbour without ferries look like ?"
    )
    # a headline opening with a capitalised word before a name keeps it
    assert strip_section_label("Business Secretary Ana Ruiz resigns") == (
        "Business Secretary Ana Ruiz resigns"
    )


def test_a_broadcast_credit_or_promotion_is_no_title() -> None:
    assert is_broadcast_credit("Ana Ruiz reports from Port Elm")
    assert is_broadcast_credit("The Newsnet 's Ana Ruiz reports from Port Elm .")
    assert not is_broadcast_credit("Official reports from Port Elm say the quay is closed .")
    assert not is_broadcast_credit("Inquiry reports on harbour failures")
    for line in (
        "Ana Ruiz reports from Port Elm",
        "Watch the full report tonight at 8",
        "Join us live from the quay at noon",
    ):
        assert title_quality(line) == 0, line
        assert _headline(f"{line}\n{_BODY}").startswith(_LEAD), line
    # a credit run into the lead gives way to the lead
    run_in = "Ana Ruiz reports from Port Elm " + _BODY
    assert _headline(run_in).startswith(_LEAD)


def test_an_entry_of_a_dated_list_is_no_headline() -> None:
    entries = (
        "May 2 - The board votes to repair the storm wall .\n"
        "May 9 - Engineers start pouring concrete for the new wall at the east quay .\n"
        "June 1 - Ferries return to the quay .\n"
    )
    assert is_dated_entry("May 2 - The board votes to repair the storm wall .")
    assert _headline(entries + _BODY).startswith(_LEAD)
    # one dated clip on a video page: its date is cut, the sentence titles it
    assert strip_dated_entry("Mar 1 - The minister warns of a long strike .") == (
        "The minister warns of a long strike ."
    )
    # a caption's "Month day:" opener stays, so the caption is still seen as one
    assert strip_dated_entry("June 2 : Crews lift the wall .") == "June 2 : Crews lift the wall ."


def test_a_byline_of_names_before_a_dateline_is_cut_from_the_title() -> None:
    assert clean_title_text(
        "By Ana Ruiz and Tomas Orsk PORT ELM -LRB- Newswire -RRB- - Ferry crews walked off "
        "the job on Monday over pay ."
    ) == ("Ferry crews walked off the job on Monday over pay .")
    assert clean_title_text(
        "By Ana Ruiz and Tomas Orsk PORT ELM\\/LISK | Wed Mar 16 , 2011 4:21 pm EDT PORT "
        "ELM\\/LISK -LRB- Newswire -RRB- - Ferry crews walked off the job ."
    ) == ("Ferry crews walked off the job .")
    # the role left of a byline broken over two lines
    assert clean_title_text(
        "and Science Editor PORT ELM | Mon Mar 2 , 2009 4:23 pm EST PORT ELM -LRB- Newswire "
        "-RRB- - Nearly all flu cases now resist the main drug ."
    ) == ("Nearly all flu cases now resist the main drug .")
