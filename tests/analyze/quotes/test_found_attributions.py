"""Sentence units glued across a closed quotation, and offsets inside marks."""

from __future__ import annotations

from storyline.analyze.quotes.found_attributions import inside_marks, parse_units
from storyline.analyze.quotes.marks import QuoteMark
from storyline.model import Sentence


def test_a_boundary_inside_a_closed_quotation_is_glued_back() -> None:
    # '"We rebuilt it. We will again," said Ana Ruiz. Then she left.'
    sentences = [Sentence(0, 16), Sentence(17, 45), Sentence(46, 61)]
    marks = [QuoteMark(0, 32, closed=True)]
    assert [(u.start, u.end) for u in parse_units(sentences, marks)] == [(0, 45), (46, 61)]


def test_a_quotation_left_open_glues_nothing() -> None:
    sentences = [Sentence(0, 16), Sentence(17, 45)]
    marks = [QuoteMark(0, 45, closed=False)]
    assert [(u.start, u.end) for u in parse_units(sentences, marks)] == [(0, 16), (17, 45)]


def test_inside_marks_excludes_the_marks_themselves() -> None:
    quoted = inside_marks([QuoteMark(5, 12, closed=True), QuoteMark(30, 40, closed=True)])
    assert [quoted(p) for p in (4, 5, 6, 11, 12, 20, 35, 40)] == [
        False,
        False,
        True,
        True,
        False,
        False,
        True,
        False,
    ]
