"""The lower-cased rule scan finds exactly what the case-insensitive rules find."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyze.time.patterns import RULES
from storyline.analyze.time.postags import SentenceTags
from storyline.analyze.time.tagger import _candidates, tag_timexes

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
