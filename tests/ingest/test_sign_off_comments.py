"""A blog post signed after its words ("By Ann Lee | May 2, 2010; 5:15 PM ET") ends there:
the readers' comments run in after the sign-off are dropped (texts written for these tests)."""

from __future__ import annotations

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.comments import drop_comment_sections

_POST = [
    "The harbour board delayed its vote on the new pier until next week .",
    "Board members said they needed more time to read the engineers ' report .",
    "The mayor called the delay regrettable but understandable .",
]
_COMMENTS = [
    "By Ann Lee | May 2 , 2010 ; 5:15 PM ET the board is a joke , they never decide anything .",
    "who cares about the pier anyway ?",
    "I have lived here 40 years and nothing ever changes !!!",
    "lol the mayor again",
]


def test_comments_after_a_posts_sign_off_are_dropped() -> None:
    assert drop_comment_sections(_POST + _COMMENTS) == _POST
    assert "lol" not in clean_body("\n".join(_POST + _COMMENTS))


def test_a_sign_off_at_the_top_or_at_the_very_end_cuts_nothing() -> None:
    top = [_COMMENTS[0].split(" the board")[0], *_POST]
    assert drop_comment_sections(top) == top
    end = [*_POST, "By Ann Lee | May 2 , 2010 ; 5:15 PM ET"]
    assert drop_comment_sections(end) == end


def test_a_live_blog_signing_every_post_keeps_its_posts() -> None:
    posts = [
        *_POST,
        "By Ann Lee | May 2 , 2010 ; 5:15 PM ET",
        "The vote is now set for Tuesday , a spokesman said .",
        "Engineers will present their report on Monday .",
        "By Bo Park | May 2 , 2010 ; 6:40 PM ET",
        "The board chairman declined to comment .",
    ]
    assert drop_comment_sections(posts) == posts
