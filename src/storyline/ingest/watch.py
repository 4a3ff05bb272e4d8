"""Polling feeds politely: conditional GET, backoff on errors, one bad feed never stops the rest.

The lead's loop stores each `FeedState` and calls `poll_feed` when it is due.
A feed that has not changed answers 304 to If-None-Match / If-Modified-Since
and costs almost nothing; a failing feed is retried after a delay that doubles
with each consecutive failure (capped), so a dead site is not hammered.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.fetch import fetch_url
from storyline.ingest.options import IngestOptions, ReadContext
from storyline.ingest.readers.feed import read_feed
from storyline.ingest.textfile import open_text
from storyline.model import Article, FeedState

__all__ = [
    "MAX_BACKOFF_S",
    "FeedState",
    "PollResult",
    "backoff_seconds",
    "parse_every",
    "poll_feed",
    "read_feed_list",
]

MAX_BACKOFF_S = 6 * 3600
_EVERY = re.compile(
    r"(\d+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)?"
)
_UNIT_S = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True, slots=True)
class PollResult:
    state: FeedState
    items: list[Article | InputError] = field(default_factory=list)
    not_modified: bool = False


def parse_every(text: str) -> float:
    """Seconds in an interval such as "30s", "15m", "1h", "1h30m", "2d" or "90" (seconds).

    Raises ValueError for anything else, or for a zero interval.
    """
    s = text.strip().lower()
    pos, total = 0, 0.0
    while pos < len(s):
        m = _EVERY.match(s, pos)
        if m is None or m.end() == pos:
            raise ValueError(f"unreadable interval {text!r} (use e.g. 30s, 15m, 1h, 1d)")
        unit = m.group(2) or "s"
        key = "ms" if unit == "ms" else unit[0]
        total += float(m.group(1)) * _UNIT_S[key]
        pos = m.end()
        while pos < len(s) and s[pos] in " ,":
            pos += 1
    if total <= 0:
        raise ValueError(f"interval {text!r} must be longer than zero")
    return total


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs from a file, one a line; blank lines and # comments are ignored.

    Lines are returned as written (without comments): a bad one fails when it
    is polled, with its reason, instead of stopping the other feeds.
    """
    urls: list[str] = []
    with open_text(path) as handle:
        lines = handle.read().splitlines()
    for line in lines:
        entry = line.split(" #", 1)[0].strip()
        if entry and not entry.startswith("#") and entry not in urls:
            urls.append(entry)
    return urls


def backoff_seconds(every_s: float, failures: int) -> float:
    """Delay before the next poll after `failures` consecutive failures."""
    if failures <= 0:
        return every_s
    return float(min(every_s * 2 ** min(failures, 30), max(MAX_BACKOFF_S, every_s)))


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def poll_feed(
    state: FeedState,
    options: IngestOptions,
    *,
    every_s: float = 900.0,
    now: dt.datetime | None = None,
) -> PollResult:
    """Fetch `state.url` conditionally and read its entries; never raises for a bad feed.

    Success resets the failure count and keeps the new ETag / Last-Modified;
    a failure (network, HTTP error, unsafe or unreadable feed) returns the
    error as the only item and schedules the next try with backoff.
    """
    moment = now or dt.datetime.now(dt.UTC)
    checked = replace(state, last_checked=_iso(moment))
    try:
        result = fetch_url(state.url, options, etag=state.etag, last_modified=state.last_modified)
    except InputError as exc:
        return _failed(checked, exc, every_s, moment)
    if result.status == 304:
        ok = replace(
            checked,
            failures=0,
            last_error=None,
            next_due=_iso(moment + dt.timedelta(seconds=every_s)),
        )
        return PollResult(ok, [], not_modified=True)
    ctx = ReadContext(item=state.url, options=options, url=result.final_url)
    items: list[Article | InputError] = list(read_feed(result.content, ctx))
    if items and all(isinstance(i, InputError) for i in items) and len(items) == 1:
        error = items[0]
        assert isinstance(error, InputError)
        if error.item == state.url:  # the feed itself was unreadable, not one entry
            return _failed(checked, error, every_s, moment)
    ok = replace(
        checked,
        etag=result.headers.get("etag") or None,
        last_modified=result.headers.get("last-modified") or None,
        failures=0,
        last_error=None,
        next_due=_iso(moment + dt.timedelta(seconds=every_s)),
    )
    return PollResult(ok, items)


def _failed(state: FeedState, error: InputError, every_s: float, moment: dt.datetime) -> PollResult:
    failures = state.failures + 1
    delay = backoff_seconds(every_s, failures)
    failed = replace(
        state,
        failures=failures,
        last_error=error.reason,
        next_due=_iso(moment + dt.timedelta(seconds=delay)),
    )
    return PollResult(failed, [error])
