"""A gallery of photo captions above the story, each caption's credit run into the next
line, is cut at ingest; the story's first line after the last credit stays (texts written
for these tests; names and outlets invented)."""

from __future__ import annotations

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.pages import cut_gallery_captions

_GALLERY = [
    "The scene this morning outside Ann Lee 's house .",
    "-LRB- Bo Park - The Harbour Times -RRB- Ann Lee poses in an undated handout photo .",
    "Lee joined the harbour board as a clerk in 1992 .",
    "-LRB- Port Wire -RRB- An investigator packs equipment into a van outside the house .",
    "-LRB- Bo Park - The Harbour Times -RRB- A neighbour reacts to the news .",
    "-LRB- Bo Park - The Harbour Times -RRB- In the months before she left , Ann Lee would "
    "walk most evenings to the harbour board 's offices to see the chairman .",
    "Long after other clerks had gone home , Lee stayed at her desk .",
]


def test_captions_and_credits_above_the_story_are_cut() -> None:
    assert cut_gallery_captions(_GALLERY) == [
        "In the months before she left , Ann Lee would walk most evenings to the harbour "
        "board 's offices to see the chairman .",
        "Long after other clerks had gone home , Lee stayed at her desk .",
    ]
    assert clean_body("\n".join(_GALLERY)).startswith("In the months before she left")


def test_one_credit_or_a_wire_dateline_is_no_gallery() -> None:
    one = [
        "-LRB- Port Wire -RRB- The harbour board voted on Tuesday to close the quay .",
        "Repairs will take three months , the board said .",
        "-LRB- Bo Park - The Harbour Times -RRB- A crane lifts a beam .",
        "The quay reopens in spring .",
    ]
    assert cut_gallery_captions(one) == one
    wire = [
        "-LRB- Port Wire -RRB- - The harbour board voted on Tuesday to close the quay .",
        "-LRB- Port Wire -RRB- - Repairs will take three months .",
        "-LRB- Port Wire -RRB- - The quay reopens in spring .",
    ]
    assert cut_gallery_captions(wire) == wire


def test_credits_far_down_the_page_are_not_a_gallery_above_it() -> None:
    lines = [
        "The harbour board voted on Tuesday to close the north quay .",
        "Repairs will take three months , the board said .",
        "Traders said the closure would cost them a season .",
        "The ferry will use the south quay instead .",
        *_GALLERY[1:],
    ]
    assert cut_gallery_captions(lines) == lines


def test_stage_directions_and_wire_tags_are_no_credits() -> None:
    speech = [
        "(APPLAUSE) Thank you all for coming to the harbour tonight .",
        "(LAUGHTER) It is good to be back in Port Elm , where I first worked the quay .",
        "(APPLAUSE) Now , to the budget .",
        "We will rebuild the north quay and keep the ferry running all winter .",
    ]
    assert cut_gallery_captions(speech) == speech
    wire = [
        "(Updated) The harbour board voted on Tuesday to close the quay .",
        "(Corrected) Repairs will take three months , the board said .",
        "(Adds Quote) `` We had no choice , '' the chairman said .",
        "The quay reopens in spring .",
    ]
    assert cut_gallery_captions(wire) == wire


def test_long_lines_between_credits_are_story_not_captions() -> None:
    lines = [
        "-LRB- Bo Park - The Harbour Times -RRB- The harbour board voted on Tuesday to close "
        "the north quay . Repairs will take three months , the board said , and cost more "
        "than the board had set aside for the whole year .",
        "-LRB- Bo Park - The Harbour Times -RRB- Traders said the closure would cost them a "
        "season .",
        "-LRB- Bo Park - The Harbour Times -RRB- The ferry will use the south quay instead .",
    ]
    assert cut_gallery_captions(lines) == lines
