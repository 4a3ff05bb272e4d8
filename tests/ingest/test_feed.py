from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_http import LocalServer, Reply

from storyline.errors import InputError
from storyline.model import Article

Reader = Callable[..., list[object]]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>https://gazette.example/</link><description>News</description>
<item><title>Ferry service resumes</title><link>https://gazette.example/ferry?utm_source=rss</link>
<pubDate>Tue, 05 Mar 2024 08:30:00 +0000</pubDate><author>desk@gazette.example (Sam Lee)</author>
<description>Short summary of the ferry story.</description>
<content:encoded><![CDATA[<p>The ferry service resumed on Tuesday after repairs.</p>
<p>Operators said timetables would return to normal by the weekend.</p>
<p>Related: Harbour dredging plan approved</p>]]></content:encoded></item>
<item><title>Market day moved</title><link>https://gazette.example/2024/03/06/market</link>
<description>&lt;p&gt;The weekly market will move to Thursday this month.&lt;/p&gt;
</description></item>
<item><title>Empty</title><link>https://gazette.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<id>urn:x</id><updated>2024-03-07T00:00:00Z</updated>
<entry><title>School opens</title><link href="https://valley.example/school"/><id>urn:1</id>
<updated>2024-03-07T09:00:00Z</updated><published>2024-03-06T18:00:00Z</published>
<author><name>Ana Cruz</name></author>
<summary>The new school opened its doors to four hundred pupils this week.</summary></entry>
</feed>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title>
<description>&lol3;</description></item></channel></rss>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><description>&xxe;</description></item>
</channel></rss>"""


def test_rss_entries(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS)
    full, summary, empty = read(path)
    assert isinstance(full, Article) and isinstance(summary, Article)
    assert full.outlet == "Harbour Gazette" and full.title == "Ferry service resumes"
    assert (full.published, full.published_source) == ("2024-03-05T08:30:00", "metadata")
    assert "resumed on Tuesday" in full.text and "return to normal" in full.text
    assert "dredging" not in full.text and full.url is not None and full.id.startswith("u:")
    assert summary.text == "The weekly market will move to Thursday this month."
    assert summary.url == "https://gazette.example/2024/03/06/market"
    assert (summary.published, summary.published_source) == ("2024-03-06", "url")
    assert isinstance(empty, InputError) and empty.item == f"{path} entry 3"


def test_atom_entry(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM)
    (entry,) = read(path)
    assert isinstance(entry, Article)
    assert (entry.outlet, entry.author, entry.url) == (
        "Valley Times",
        "Ana Cruz",
        "https://valley.example/school",
    )
    assert entry.published == "2024-03-06T18:00:00"


@pytest.mark.parametrize(("doc", "reason"), [(BOMB, "entity"), (EXTERNAL, "entit")])
def test_entity_bomb_and_external_entity_refused(
    tmp_path: Path, read: Reader, doc: str, reason: str
) -> None:
    path = tmp_path / "evil.rss"
    path.write_text(doc)
    (err,) = read(path)
    assert isinstance(err, InputError) and err.item == str(path)
    assert "refused" in err.reason and reason in err.reason


def test_xml_that_is_not_a_feed(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><inventory><thing>1</thing></inventory>")
    (err,) = read(path)
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in err.reason


def test_feed_with_fetch_pages(server: LocalServer, read: Reader) -> None:
    page = (
        "<html><head><title>Ferry</title></head><body><article><p>"
        + "The full ferry report explains the repairs in detail and names the shipyard. " * 3
        + "</p></article></body></html>"
    )
    feed = RSS.replace("https://gazette.example/ferry?utm_source=rss", server.url("/ferry"))
    feed = feed.replace("https://gazette.example/2024/03/06/market", server.url("/gone"))
    feed = feed.replace("https://gazette.example/empty", server.url("/empty"))
    server.routes["/feed"] = Reply(
        body=feed.encode(), headers={"Content-Type": "application/rss+xml"}
    )
    server.routes["/ferry"] = Reply(body=page.encode(), headers={"Content-Type": "text/html"})
    items = read(server.url("/feed"), fetch_pages=True, allow_private=True, timeout_s=5)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "InputError", "Article", "InputError"], items
    ferry, page_error, market = items[0], items[1], items[2]
    assert isinstance(ferry, Article) and "names the shipyard" in ferry.text
    assert ferry.title == "Ferry service resumes"  # the feed's title wins over the page's
    assert isinstance(page_error, InputError) and "/gone" in page_error.item
    assert "404" in page_error.reason
    assert isinstance(market, Article) and "weekly market" in market.text  # summary kept
    assert isinstance(items[3], InputError) and "/empty" in items[3].item  # reported once
