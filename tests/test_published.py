from __future__ import annotations

import pytest

from storyline.published import date_from_url, normalize_published


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-20", "2024-03-20"),
        ("2024-03-20T00:00:00Z", "2024-03-20"),
        ("2024-03-20T14:05:00+02:00", "2024-03-20T14:05:00"),
        ("Tue, 05 Mar 2024 23:30:00 -0500", "2024-03-05T23:30:00"),  # local day kept
        ("March 5, 2024", "2024-03-05"),
        (None, None),
        ("  ", None),
    ],
)
def test_normalize_published(raw: object, expected: str | None) -> None:
    assert normalize_published(raw) == expected


@pytest.mark.parametrize("raw", ["sometime soon", "2024-13-45", "31/31/31", "1066-10-14"])
def test_unreadable_dates_raise_never_today(raw: str) -> None:
    with pytest.raises(ValueError):
        normalize_published(raw)


def test_date_from_url() -> None:
    assert date_from_url("https://x.example/2024/03/22/story") == "2024-03-22"
    assert date_from_url("https://x.example/news/2024-03-22-story") == "2024-03-22"
    assert date_from_url("https://x.example/2024/02/31/bad") is None
    assert date_from_url("https://x.example/story") is None
