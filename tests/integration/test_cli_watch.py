"""`storyline watch` end to end against a feed served on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import export, run
from ingest_http import LocalServer, Reply

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Ferry service resumes</title><link>https://gazette.example/ferry</link>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>The island ferry resumed its winter timetable on Monday after storm repairs
to the pier were finished ahead of schedule.</description></item>
<item><title>Market hall vote</title><link>https://gazette.example/market</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<description>Councillors voted to restore the old market hall; work begins in the spring
and should take two years, the council said.</description></item>
</channel></rss>"""


@pytest.fixture()
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.close()


def test_watch_once_ingests_then_uses_conditional_get(server: LocalServer, tmp_path: Path) -> None:
    def feed(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=FEED, headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"})

    server.routes["/rss"] = feed
    server.routes["/broken"] = Reply(500, b"oops")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{server.url('/broken')}\n{server.url('/rss')}\n")
    db = tmp_path / "w.db"
    first = run("watch", str(feeds), "--once", "--allow-private", "--db", str(db))
    assert first.returncode == 1  # the broken feed is reported ...
    assert "/broken" in first.stderr and "500" in first.stderr
    assert f"{server.url('/rss')}: 2 new" in first.stdout  # ... and the other still ingested
    stored = export(db)
    assert {a["title"] for a in stored} == {"Ferry service resumes", "Market hall vote"}
    assert {a["outlet"] for a in stored} == {"Harbour Gazette"}
    assert sorted(str(a["published"])[:10] for a in stored) == ["2024-03-05", "2024-03-06"]
    second = run("watch", server.url("/rss"), "--once", "--allow-private", "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "not modified" in second.stdout
    assert len(export(db)) == 2


def test_watch_refuses_loopback_without_permission(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/rss"] = Reply(body=FEED)
    result = run("watch", server.url("/rss"), "--once", "--db", str(tmp_path / "w.db"))
    assert result.returncode == 1
    assert "127.0.0.1" in result.stderr and "allow" in result.stderr
    assert json.dumps([]) == json.dumps(export(tmp_path / "w.db"))


def test_watch_rejects_a_bad_interval(tmp_path: Path) -> None:
    result = run(
        "watch", "https://example.org/rss", "--every", "soon", "--db", str(tmp_path / "x.db")
    )
    assert result.returncode == 2
    assert "unreadable interval" in result.stderr
