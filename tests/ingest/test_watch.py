from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_http import LocalServer, Reply

from storyline.errors import InputError
from storyline.ingest import FeedState, IngestOptions, parse_every, poll_feed, read_feed_list
from storyline.ingest.watch import MAX_BACKOFF_S, backoff_seconds
from storyline.model import Article

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Town Crier</title>
<item><title>Library extends hours</title><link>https://crier.example/library</link>
<description>The central library will stay open until nine on weekdays from April.</description>
</item></channel></rss>"""
NOW = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("2d", 172800), ("90", 90)],
)
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0s", "5x", "-1m"])
def test_parse_every_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_read_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(
        "# my feeds\nhttps://a.example/rss\n\n  https://b.example/atom  # daily\n"
        "https://a.example/rss\nnot a url\n"
    )
    assert read_feed_list(path) == ["https://a.example/rss", "https://b.example/atom", "not a url"]


def test_poll_conditional_get_and_304(server: LocalServer, local_options: IngestOptions) -> None:
    def route(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == '"abc"':
            return Reply(304)
        return Reply(body=FEED, headers={"ETag": '"abc"', "Last-Modified": "Fri, 01 Mar 2024"})

    server.routes["/rss"] = route
    first = poll_feed(FeedState(server.url("/rss")), local_options, every_s=600, now=NOW)
    assert not first.not_modified and len(first.items) == 1
    assert isinstance(first.items[0], Article) and first.items[0].outlet == "Town Crier"
    assert first.state.etag == '"abc"' and first.state.last_modified == "Fri, 01 Mar 2024"
    assert first.state.last_checked == "2024-03-01T12:00:00Z"
    assert first.state.next_due == "2024-03-01T12:10:00Z"
    second = poll_feed(first.state, local_options, every_s=600, now=NOW)
    assert second.not_modified and second.items == []
    assert server.requests[-1][1]["if-modified-since"] == "Fri, 01 Mar 2024"
    assert second.state.etag == '"abc"'


def test_poll_failure_backs_off_and_recovers(
    server: LocalServer, local_options: IngestOptions
) -> None:
    state = FeedState(server.url("/down"))
    dues = []
    for _ in range(3):
        result = poll_feed(state, local_options, every_s=60, now=NOW)
        (err,) = result.items
        assert isinstance(err, InputError) and "404" in err.reason
        state = result.state
        assert state.next_due is not None
        dues.append(dt.datetime.fromisoformat(state.next_due.rstrip("Z")))
    assert state.failures == 3 and state.last_error is not None
    assert dues[0] < dues[1] < dues[2]
    server.routes["/down"] = Reply(body=FEED)
    healed = poll_feed(state, local_options, every_s=60, now=NOW)
    assert healed.state.failures == 0 and len(healed.items) == 1


def test_poll_unsafe_feed_is_a_failure_not_a_crash(
    server: LocalServer, local_options: IngestOptions
) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss><channel>&a;</channel></rss>'
    )
    server.routes["/evil"] = Reply(body=bomb)
    result = poll_feed(FeedState(server.url("/evil")), local_options, now=NOW)
    assert result.state.failures == 1
    (err,) = result.items
    assert isinstance(err, InputError) and "refused" in err.reason


def test_backoff_is_capped() -> None:
    assert backoff_seconds(60, 0) == 60
    assert backoff_seconds(60, 1) == 120
    assert backoff_seconds(60, 50) == MAX_BACKOFF_S
