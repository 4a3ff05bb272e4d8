"""Rules that used to compile a pattern per name give the same answers with their patterns
compiled once, or not built where they cannot match (issue 19)."""

from __future__ import annotations

import re

import pytest

from storyline.analyze.entities.context import PLACE_APPOSITIVE
from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    retype_cued,
    written_as_place,
)
from storyline.analyze.entities.name_index import _definition_patterns, defines


def _searched(text: str, name: str) -> bool:
    """The search `retype_cued` ran before: one pattern compiled for the name."""
    pattern = r"(?<![\w-])" + re.escape(name) + PLACE_APPOSITIVE.pattern
    return re.search(pattern, text) is not None


TEXTS = [
    ("Karsa, capital of the old empire, fell.", "Karsa"),
    ("Tarvo, a town in the south, voted.", "Tarvo"),
    ("Ex-Tarvo, a town in the south, voted.", "Tarvo"),  # after a hyphen: not the name
    ("UpTarvo, a town in the south.", "Tarvo"),  # inside a longer word
    ("Tarvo said so. Later Tarvo, a port on the coast, rebuilt.", "Tarvo"),  # second one
    ("Tarvo, capital in the bank, grew.", "Tarvo"),  # money, not a place
    ("Tarvo, the city of Oxford and more.", "Tarvo"),
    ("Tarvo.", "Tarvo"),
    ("aa, town in x", "a"),  # overlapping places the name is written
    ("Mira (town in the hills)", "Mira"),
    ("Río, ciudad? no: Río, a village near the river.", "Río"),
    ("", "Tarvo"),
]


@pytest.mark.parametrize(("text", "name"), TEXTS)
def test_written_as_place_answers_as_the_search_did(text: str, name: str) -> None:
    assert written_as_place(text, name) == _searched(text, name)


def test_written_as_place_finds_a_later_cue_and_refuses_a_hyphenated_one() -> None:
    assert written_as_place("Tarvo won. Tarvo, a town in the hills, cheered.", "Tarvo")
    assert not written_as_place("The Ex-Tarvo, a town in the hills.", "Tarvo")


def test_retype_cued_turns_a_lone_name_cued_as_a_place() -> None:
    text = "Mayor Lund visited Halvik. Halvik, a town in the north, has 900 people."
    work = [PreparedMention(19, 25, "PERSON", "Halvik", None)]
    retype_cued(text, work)
    assert work[0].label == "GPE"


def test_definition_patterns_are_compiled_once_per_initials() -> None:
    assert _definition_patterns("HB") is _definition_patterns("HB")
    after, before = _definition_patterns("HB")
    assert after.match(" (HB) said", 0)
    assert before.search("HB (the ", 0)


def test_defines_reads_a_bracketed_definition_after_and_before_the_name() -> None:
    text = "The Harbour Board (HB) met. HB (Harbour Board) voted."
    board = PreparedMention(4, 17, "ORG", "Harbour Board", None)
    assert defines(text, board, "HB")
    later = PreparedMention(32, 45, "ORG", "Harbour Board", None)
    assert defines(text, later, "HB")
    plain = "The Harbour Board met; HB voted."
    assert not defines(plain, PreparedMention(4, 17, "ORG", "Harbour Board", None), "HB")


DEFINITIONS = [
    ("The Harbour Board (HB) met.", (4, 17), "HB"),
    ("The Harbour Board (H.B.) met.", (4, 17), "HB"),
    ("The Harbour Board, or HB, met.", (4, 17), "HB"),
    ("The Harbour Board -- the H.B -- met.", (4, 17), "HB"),
    ("HB (the Harbour Board) met.", (8, 21), "HB"),
    ("H.B., Harbour Board, met.", (6, 19), "HB"),
    ("The Harbour Board (HBX) met.", (4, 17), "HB"),
    ("The Harbour Board met. Later the HB voted.", (4, 17), "HB"),
    ("The Harbour Board (hb) met.", (4, 17), "HB"),
]


@pytest.mark.parametrize(("text", "span", "initials"), DEFINITIONS)
def test_defines_answers_as_the_patterns_alone(
    text: str, span: tuple[int, int], initials: str
) -> None:
    """The cheap look at the windows never turns away a definition the patterns find."""
    o = PreparedMention(span[0], span[1], "ORG", text[span[0] : span[1]], None)
    after, before = _definition_patterns(initials)
    by_patterns = bool(after.match(text, o.end, min(len(text), o.end + 40))) or (
        before.search(text, max(0, o.start - 40), o.start) is not None
    )
    assert defines(text, o, initials) == by_patterns
