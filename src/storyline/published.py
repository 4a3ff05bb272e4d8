"""Publication dates: parse what sources give us into ISO form, or refuse clearly.

A wrong publication date silently shifts every relative date in an article,
so a value we cannot read is an error for that item, never "today".
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["date_from_url", "normalize_published"]

_MIN_YEAR, _MAX_YEAR = 1800, 2200
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=/|$|[-_])"
)


def _check_year(d: dt.date) -> None:
    if not _MIN_YEAR <= d.year <= _MAX_YEAR:
        raise ValueError(f"publication year {d.year} out of range {_MIN_YEAR}-{_MAX_YEAR}")


def normalize_published(value: object) -> str | None:
    """ISO date (YYYY-MM-DD) or datetime (YYYY-MM-DDTHH:MM[:SS]) string; None for empty.

    Accepts ISO 8601, RFC 2822 (feeds), Unix timestamps and common written forms.
    Raises ValueError with the reason when the value is present but unreadable.
    """
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        stamp = dt.datetime.fromtimestamp(float(value), tz=dt.UTC)
        _check_year(stamp.date())
        return stamp.replace(tzinfo=None).isoformat(timespec="seconds")
    text = str(value).strip()
    if not text:
        return None
    parsed = _parse_text(text)
    if parsed is None:
        raise ValueError(f"unreadable publication date {text[:40]!r}")
    _check_year(parsed if isinstance(parsed, dt.date) else parsed.date())
    if isinstance(parsed, dt.datetime):
        # Keep the source's own wall-clock time: relative dates in the text ("today",
        # "on Tuesday") are meant in the outlet's local calendar, and converting a
        # late-evening US timestamp to UTC would move it to the next day.
        parsed = parsed.replace(tzinfo=None)
        if parsed.time() == dt.time(0, 0):
            return parsed.date().isoformat()
        return parsed.isoformat(timespec="seconds")
    return parsed.isoformat()


def _parse_text(text: str) -> dt.date | dt.datetime | None:
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
        try:
            return parse(iso)
        except ValueError:
            pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T].*", text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    if re.fullmatch(r"\d{9,10}(\.\d+)?", text):
        return dt.datetime.fromtimestamp(float(text), tz=dt.UTC)
    if not re.search(r"\d", text) or len(text) > 64:
        return None
    import dateparser

    result: dt.datetime | None = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return result


def date_from_url(url: str) -> str | None:
    """A date embedded in a URL path (/2024/03/22/...), or None."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    try:
        if day:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return None
