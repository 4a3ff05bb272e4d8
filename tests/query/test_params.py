"""Cursors and days taken from URLs."""

from __future__ import annotations

import pytest

from storyline.query.params import QueryError, check_day, decode_cursor, encode_cursor


@pytest.mark.parametrize("cursor", [("2024-05-04", 17), (None, 3), ("2024-05-04T10:00:00", 0)])
def test_cursor_round_trip(cursor: tuple[str | None, int]) -> None:
    assert decode_cursor(encode_cursor(cursor)) == cursor


@pytest.mark.parametrize("token", ["%%%", "e30", "WyJhIiwiYiJd", "W251bGwsMS41XQ", "bnVsbA"])
def test_foreign_cursor_is_refused(token: str) -> None:
    with pytest.raises(QueryError, match=r"^cursor:"):
        decode_cursor(token)


def test_days() -> None:
    assert check_day(None, "since") is None and check_day("", "since") is None
    assert check_day("2024-02-29", "since") == "2024-02-29"
    with pytest.raises(QueryError, match=r"^until: '2023-02-29'"):
        check_day("2023-02-29", "until")
