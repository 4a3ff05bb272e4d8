"""One definition of a double quotation mark (text/quote_marks.py)."""

from __future__ import annotations

import pytest

from storyline.text.quote_marks import DOUBLE_QUOTE_MARK


@pytest.mark.parametrize("mark", ["``", "''", '"', "\u201c", "\u201d"])
def test_every_form_of_a_double_mark_is_one(mark: str) -> None:
    assert DOUBLE_QUOTE_MARK.search(f"Ana Ruiz said {mark}no{mark}") is not None


def test_an_apostrophe_or_a_single_mark_is_none() -> None:
    assert DOUBLE_QUOTE_MARK.search("Dorn's mayor said ` maybe ' and left") is None
