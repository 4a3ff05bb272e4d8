"""Story titles a reader can use: no page furniture, prose not tokens."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.corpus.stories.labels import readable_title, story_label
from storyline.corpus.stories.records import StoryState


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        (
            "May 3 , 2011 | By Ann Lee , NEWS Crowds clash with police in the square",
            "Crowds clash with police in the square",
        ),
        ("Jane Moor | 18:00 UK time , Saturday , 25 April 2009 Flu spreads", "Flu spreads"),
        ("Saturday 25 April 2009 23.24 BST Flu has similar symptoms", "Flu has similar symptoms"),
        (
            "Town 's mayor says ` no ' to the -LRB- new -RRB- bridge .",
            "Town's mayor says ‘no’ to the (new) bridge.",
        ),
        (
            "Ferry sinks off the coast . Dozens are missing after the storm .",
            "Ferry sinks off the coast.",
        ),
        (
            "Inquiry opens as Prof. Ann Lee and Dr. Tom Holt give evidence . More follows .",
            "Inquiry opens as Prof. Ann Lee and Dr. Tom Holt give evidence.",
        ),
    ],
)
def test_titles_lose_furniture_and_tokens(title: str, shown: str) -> None:
    assert readable_title(title) == shown


@pytest.mark.parametrize(
    "title",
    ["You 've selected the U.S. Edition .", "By Ann Lee", "12 Comments", "Share this article"],
)
def test_furniture_is_never_a_title(title: str) -> None:
    assert readable_title(title) == ""


def test_a_furniture_title_falls_back_to_names() -> None:
    story = StoryState(
        id="s1", key=1, vector_sum=np.zeros(3), title="You've selected the International Edition"
    )
    story.entities = {"Harbour Authority": 5, "Lena Park": 3}
    assert story_label(story).title == "Harbour Authority, Lena Park"


def test_long_titles_are_cut_at_a_word() -> None:
    shown = readable_title("Word " * 40)
    assert len(shown) <= 100 and shown.endswith("...") and "Wor..." not in shown


def test_shown_titles_lose_wire_bylines_and_update_labels() -> None:
    assert readable_title("By the Harbour Wire Staff NEW : Pier closes for repairs") == (
        "Pier closes for repairs"
    )
