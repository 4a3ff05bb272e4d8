"""One definition of a speaker label (text/speaker_labels.py) for ingest, the quote stage and
the brief: each reader's variant parses every old case as it did when it wrote its own
pattern. The old patterns are written out here as they stood; every text is invented."""

from __future__ import annotations

import re

import pytest

from storyline.corpus.briefing import pagetext
from storyline.ingest import pages, turns
from storyline.text import speaker_labels

_OLD_PAGES_LABEL = re.compile(
    r"^\W*(?:[QA]\s*[:.]|[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Z.'’ -]{0,30})?:)"
)
_OLD_PAGETEXT_LABEL = re.compile(
    r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*,\s*[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*:|"
    r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+\s*:"
)

_LINES = [
    "Q: Why did the quay close ?",
    "A. Because the tide rose .",
    "ANN LEE, HOST: Good evening .",
    "VELL : I think so .",
    "UNIDENTIFIED MALE : Over there !",
    "Now you are a -- JO DAY, ENGINEER : Thank you .",
    "Update: the ferry runs again .",
    "THE FINISH : The river froze .",
    "Tarvo Bros. : I enjoyed the program .",
    "The mayor said : we will rebuild .",
    "  - MARA OSK , TARVO RADIO : It varies .",
]


def test_the_readers_use_the_shared_patterns() -> None:
    assert pages._SPEAKER_LABEL is speaker_labels.LINE_SPEAKER_LABEL
    assert pagetext.SENTENCE_TURN_LABEL is speaker_labels.SENTENCE_TURN_LABEL
    assert turns.TURN_LABEL is speaker_labels.TURN_LABEL
    assert turns.speaker_label is speaker_labels.speaker_label


def test_the_shared_patterns_are_the_old_ones() -> None:
    assert speaker_labels.LINE_SPEAKER_LABEL.pattern == _OLD_PAGES_LABEL.pattern
    assert speaker_labels.SENTENCE_TURN_LABEL.pattern == _OLD_PAGETEXT_LABEL.pattern


@pytest.mark.parametrize("line", _LINES)
def test_every_old_case_parses_the_same(line: str) -> None:
    old = _OLD_PAGES_LABEL.match(line)
    new = speaker_labels.LINE_SPEAKER_LABEL.match(line)
    assert (old and old.span()) == (new and new.span())
    old_s = _OLD_PAGETEXT_LABEL.search(line)
    new_s = speaker_labels.SENTENCE_TURN_LABEL.search(line)
    assert (old_s and old_s.span()) == (new_s and new_s.span())
