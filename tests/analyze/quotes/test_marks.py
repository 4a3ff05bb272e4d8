"""Quotation marks (analyze/quotes/marks.py): a stretch of marks and brackets alone holds
no words and is no quote (statements2, issue 14)."""

from __future__ import annotations

from storyline.analyze.quotes.marks import holds_words


def test_a_quote_of_marks_and_brackets_alone_is_no_quote() -> None:
    assert not holds_words("'' -LRB-")
    assert not holds_words("`` -RRB- ,")
    assert holds_words("'' -LRB- A -RRB- t some point")
