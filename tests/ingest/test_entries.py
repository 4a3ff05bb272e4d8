"""Readers' comments known by the shape of their entries at the end of a page (entries.py):
a run of two or more comments headed by a handle and a date-time stamp with a bar, or a
post's closing lines followed by comments signed "Posted by NAME on DATE TIME". Every text
here is written for the test (invented names and places); the guards keep the newsroom's
own lines: one entry alone, a run that does not reach the end, a live chat's stamped
answers, a quoted post."""

from __future__ import annotations

from storyline.ingest.comments import drop_comment_sections

NEWS = [
    "Harbour tolls to double in Velmora",
    "The port authority of Velmora said on Monday that harbour tolls would double from May.",
    "Fishing crews said the rise would cost them a month's catch.",
    "The authority said it would review the tolls after a year.",
]

STAMPED = [
    "I wonder who thought this was a good idea?",
    "teal_heron March 3, 2011 09:14 pm at 9:14 pm | You are all missing the point.",
    "My father fished there for forty years and never paid a toll.",
    "March 3, 2011 09:20 pm at 9:20 pm | Why do we put up with this?",
    "I will be writing to my councillor.",
    "Grumbly Joe March 3, 2011 09:31 pm at 9:31 pm | A boat has 9 lives, they say!",
]


def test_stamped_entries_to_the_end_are_cut_with_the_first_comment() -> None:
    kept = drop_comment_sections([*NEWS, *STAMPED])
    assert kept == NEWS


def test_one_stamped_entry_alone_is_kept() -> None:
    lines = [*NEWS, STAMPED[1], STAMPED[2]]
    assert drop_comment_sections(lines) == lines


def test_stamped_entries_followed_by_more_report_are_kept() -> None:
    report = [
        f"The authority's board met for the {n}th time on the tolls, its chair Orla Penn said."
        for n in range(4, 20)
    ]
    lines = [*NEWS, *STAMPED[1:4], *report]
    kept = drop_comment_sections(lines)
    assert kept[: len(NEWS)] == NEWS
    assert all(line in kept for line in report)
    assert STAMPED[3] in kept


def test_a_live_chats_stamped_answers_are_kept() -> None:
    chat = [
        "-- March 3, 2011 2:03 PM How do the tolls compare with other ports?",
        "We looked at that last week: Velmora's are now the highest on the coast.",
        "-- March 3, 2011 2:05 PM Will the fishing crews strike?",
        "Their union meets on Friday, and I'll report what it decides.",
    ]
    lines = [*NEWS, *chat]
    assert drop_comment_sections(lines) == lines


def test_a_report_of_dated_updates_is_kept() -> None:
    updates = [
        "March 3, 2011 at 9:14 pm | The port authority published the new toll table.",
        "It lists twelve classes of vessel.",
        "March 3, 2011 at 9:40 pm | The fishing crews' union called a meeting for Friday.",
        "Its secretary, Dara Quill, said members were angry.",
    ]
    lines = [*NEWS, *updates]
    assert drop_comment_sections(lines) == lines


POST = [
    "Why I changed my mind on the tolls",
    "For years I argued that Velmora's harbour should be free.",
    "Then I watched the breakwater crumble, and asked who would pay for it.",
    "Is that not a fair question?",
]


def test_signed_comments_after_a_posts_closing_lines_are_cut() -> None:
    lines = [
        *POST,
        "",
        "This post was last changed at 06:36 PM, April 2 2010.",
        "",
        "You can email the author at author@example.org You never answer your email anyway.",
        "I bet you were paid to write this.",
        "Posted by Mags Tully on April 2, 2010 11:01 PM .",
        "Do you even live in Velmora?",
        "Nobody I know agrees with you.",
    ]
    assert drop_comment_sections(lines) == [*POST, ""]


def test_a_posts_closing_lines_without_signed_comments_are_left_to_other_rules() -> None:
    lines = [
        *POST,
        "This post was last changed at 06:36 PM, April 2 2010.",
        "The harbour board meets again in June, its secretary said.",
        "The vote on the tolls is set for July.",
    ]
    assert drop_comment_sections(lines) == lines


def test_a_quoted_post_signature_is_kept() -> None:
    lines = [
        *NEWS,
        "The ministry announced the tolls online.",
        "Posted by the ministry at 10:02, April 2, 2010 .",
        "Tolls for vessels under ten metres are unchanged, the notice said.",
    ]
    assert drop_comment_sections(lines) == lines
