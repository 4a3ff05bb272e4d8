"""The lower-cased rule scan finds exactly what the case-insensitive rules find."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from storyline.analyze.time.patterns import RULES
from storyline.analyze.time.postags import SentenceTags
from storyline.analyze.time.tagger import _candidates, required_words, tag_timexes

TEXTS = [
    "On Friday, May 3, 2024, the FY 2025 budget passed; it may pass again in MAY. "
    "Talks resumed at 9 a.m. EST, three years after the Q3 2021 deal and two weeks ago.",
    "İstanbul officials met last Tuesday; the İ shifts lower-case offsets in 2019.",
    "Nothing temporal here at all.",
]


def _reference(text: str) -> list[tuple[int, int, int]]:
    """Every rule's matches from a plain case-insensitive scan of the original text."""
    from storyline.analyze.time import tagger

    found = []
    for priority, rule in enumerate(RULES):
        for m in rule.regex.finditer(text):
            if tagger._accept(rule.name, m, text):
                found.append((m.start(), m.end(), priority))
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_are_those_of_the_case_insensitive_rules(text: str) -> None:
    chosen = {(c[0], c[1], c[2]) for c in _candidates(text)}
    assert chosen <= set(_reference(text))
    for start, end, _, m in _candidates(text):
        assert m.string is text and text[start:end] == m.group(0)


def test_month_case_is_still_checked_on_the_original_text() -> None:
    timexes = tag_timexes(TEXTS[0], dt.date(2024, 5, 10))
    assert any("May 3, 2024" in t.text for t in timexes)
    verb = TEXTS[0].index("may pass")
    assert not any(t.start <= verb < t.end for t in timexes)  # "it may pass": a verb


def test_tags_of_a_doc_for_another_text_are_not_used() -> None:
    from storyline.analyze.nlp import annotate

    text = "He met them on Friday."
    doc = annotate("We saw them on Monday.")  # other words, the same length and offsets
    tags = SentenceTags(text, doc)
    tags.prepare([(0, len(text))])
    got = tags.get(0, len(text))
    assert got is not None and [t.lower for t in got][:2] == ["he", "met"]


def test_required_words_of_a_sequence_a_branch_and_repeats() -> None:
    # the longest of the literal runs every match holds ("year" before "ago")
    assert required_words(re.compile(r"\b(?P<n>\d+)\s+years?\s+ago\b")) == {"year"}
    assert required_words(re.compile(r"\bmid-(?:summer|winter)\b")) == {"summer", "winter"}
    assert required_words(re.compile(r"(?:early|late)\s+spring")) == {"spring"}
    assert required_words(re.compile(r"(?:last|next)\s+(?:week|month)")) == {"last", "next"}
    # an optional part, or a branch that may be empty, requires nothing
    assert required_words(re.compile(r"(?:the\s+)?\d+")) is None
    assert required_words(re.compile(r"(?:soon|)\d")) is None
    # a case-folding pattern's literals do not stand for themselves
    assert required_words(re.compile(r"ago", re.IGNORECASE)) is None


SCANNED = [
    *TEXTS,
    "The plant closed a decade ago, and the 1990s boom is over.",
    "Every Monday since the spring, the Q2 figures came out at 10:30.",
    "Shares rose 5% on the year; the quarter-long slide ended mid-2023.",
    "He was 40 years old.",
    "",
]


@pytest.mark.parametrize("text", SCANNED)
def test_skipping_rules_without_their_words_changes_no_candidate(text: str) -> None:
    from storyline.analyze.time import tagger

    kept = [(c[0], c[1], c[2]) for c in _candidates(text)]
    skip = tagger._may_match
    tagger._may_match = lambda _priority, _lowered: True  # type: ignore[assignment]
    try:
        every = [(c[0], c[1], c[2]) for c in _candidates(text)]
    finally:
        tagger._may_match = skip
    assert kept == every


def test_a_rule_whose_words_are_absent_is_not_scanned() -> None:
    from storyline.analyze.time import tagger

    ago = next(i for i, rule in enumerate(RULES) if rule.name == "ago")
    assert not tagger._may_match(ago, "nothing temporal here at all.")
    assert tagger._may_match(ago, "two weeks ago.")
