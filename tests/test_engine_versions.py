"""Issue 15 through the engine on a real SQLite file: versions, teasers, resumed runs, own files."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from storyline.engine import IngestProgress, Storyline
from storyline.model import Article, Claim

URL = "https://news.example.org/2024/05/quake"
FIRST = (
    "An earthquake struck the coastal province on Tuesday, officials said. "
    "At least 12 people were killed and dozens injured as buildings collapsed."
)
SECOND = (
    "An earthquake struck the coastal province on Tuesday, officials said. "
    "At least 40 people were killed and dozens injured as buildings collapsed."
)


class CountsKilled:
    """A stand-in claims stage: 'At least N people were killed' becomes one claim."""

    name = "claims"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        found = tuple(
            Claim(m.start(), m.end(), m.group(0), float(m.group(1)), "at_least", None, "killed")
            for m in re.finditer(r"At least (\d+) people were killed", article.text)
        )
        return replace(article, claims=found)


def _jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_changed_content_at_the_same_url_is_a_new_version(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with Storyline(db, stages=[CountsKilled()], stories=False) as s:
        one = _jsonl(tmp_path / "one.jsonl", {"url": URL, "text": FIRST, "date": "2024-05-07"})
        assert s.ingest([str(one)]).summary().startswith("1 new, 0 updated")
        two = _jsonl(tmp_path / "two.jsonl", {"url": URL, "text": SECOND, "date": "2024-05-07"})
        report = s.ingest([str(two)])
        assert (report.new, report.updated, report.present) == (0, 1, 0)
        assert "0 new, 1 updated, 0 already present" in report.summary()
        (article,) = list(s.articles())
        assert [c.value for c in article.claims] == [40.0]  # the new version's figure
        versions = s.article_versions(article.id)
        assert [v.version for v in versions] == [1, 2] and versions[-1].current
        assert [c.value for c in versions[0].claims] == [12.0]  # kept for the ledger
        assert "-At least 12" in versions[1].diff and "+At least 40" in versions[1].diff
        assert versions[0].seen_at <= versions[1].seen_at
        again = s.ingest([str(two)])
        assert (again.updated, again.present) == (0, 1)


def test_an_updated_article_keeps_its_id_and_its_story(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Storyline(db, stages=(), stories=True) as s:
        s.ingest([str(_jsonl(tmp_path / "a.jsonl", {"url": URL, "text": FIRST * 3}))])
        story = s.store.conn.execute("SELECT story_id FROM story_members").fetchall()
        s.ingest([str(_jsonl(tmp_path / "b.jsonl", {"url": URL, "text": SECOND * 3}))])
        after = s.store.conn.execute("SELECT story_id, content_hash FROM story_members").fetchall()
        assert [r[0] for r in after] == [r[0] for r in story]
        (article,) = list(s.articles())
        assert after[0][1] == article.content_hash


FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Aggregator: top stories</title>
<item><title>Quake toll rises</title><link>{url}</link><guid>{url}</guid>
<description>{text}</description>
<source url="https://wire.example.com/rss">Example Wire</source></item>
</channel></rss>"""


def test_a_teaser_is_upgraded_by_the_full_text_and_never_the_reverse(tmp_path: Path) -> None:
    teaser = "An earthquake struck the coastal province on Tuesday."
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(url=URL, text=teaser))
    full = _jsonl(tmp_path / "page.jsonl", {"url": URL, "text": SECOND})
    with Storyline(tmp_path / "t.db", stages=(), stories=False) as s:
        assert s.ingest([str(feed)]).new == 1
        (stored,) = list(s.articles())
        assert stored.outlet == "Example Wire"  # the item's own <source>, not the feed title
        assert "teaser" in {f.code for f in stored.flags}
        assert s.ingest([str(full)]).updated == 1
        assert s.ingest([str(feed)]).present == 1  # the teaser again changes nothing
        (article,) = list(s.articles())
        assert article.text == SECOND and "teaser" not in {f.code for f in article.flags}


def test_a_feed_entry_without_a_link_keeps_its_id_by_its_guid(tmp_path: Path) -> None:
    entry = "<item><title>T</title><guid isPermaLink='false'>tag:x,2024:7</guid>"
    for name, text in (("a.xml", FIRST), ("b.xml", SECOND)):
        (tmp_path / name).write_text(
            f"<rss version='2.0'><channel><title>F</title>{entry}"
            f"<description>{text}</description></item></channel></rss>"
        )
    with Storyline(tmp_path / "g.db", stages=(), stories=False) as s:
        assert s.ingest([str(tmp_path / "a.xml")]).new == 1
        assert s.ingest([str(tmp_path / "b.xml")]).updated == 1
        (article,) = list(s.articles())
        assert article.id.startswith("k:")


def test_stored_articles_without_a_story_are_assigned_by_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    topics = ("harbour bridge", "school budget", "river flood", "tram strike", "museum fire")
    records = [
        {"url": f"{URL}/{i}", "text": f"Reporters covered the {t} for a long day. " * (i + 2)}
        for i, t in enumerate(topics)
    ]
    src = _jsonl(tmp_path / "in.jsonl", *records)
    with Storyline(db, stages=(), stories=False) as s:  # as if killed before assigning
        assert s.ingest([str(src)]).new == 5
        assert s.store.count_unassigned() == 5
    with Storyline(db, stages=(), stories=True) as s:
        report = s.ingest([str(src)])  # reads nothing new
        assert (report.new, report.present, report.resumed) == (0, 5, 5)
        assert "5 stored earlier without a story, assigned now" in report.summary()
        assert s.store.count_unassigned() == 0


def test_the_database_and_its_companions_are_not_ingested(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(FIRST)
    db = tmp_path / "storyline.db"
    with Storyline(db, stages=(), stories=False) as s:
        s.ingest([str(tmp_path / "note.txt")])
        (tmp_path / "other.db").write_bytes(db.read_bytes()[:4096])  # any SQLite file
        (tmp_path / "storyline.db.stories.usearch").write_bytes(b"\x00" * 64)
        report = s.ingest([str(tmp_path)])
        assert report.ok, report.errors
        assert report.failed == 0 and report.present == 1
        assert report.skipped >= 3  # storyline.db, its -wal/-shm, the index, other.db


def test_progress_counts_articles_within_one_file(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "many.jsonl", *({"text": f"{FIRST} Item {i}."} for i in range(30)))
    seen: list[IngestProgress] = []
    with Storyline(tmp_path / "p.db", stages=(), stories=False) as s:
        s.ingest([str(src)], progress=seen.append)
    counts = [p.articles for p in seen if p.files_done == 0]
    assert max(counts) == 30 and len(set(counts)) > 10  # moved inside the one file


def test_a_text_too_long_to_analyse_is_stored_once_with_a_message(tmp_path: Path) -> None:
    from storyline.analyze.pipeline import MAX_ANALYSED_CHARS

    huge = tmp_path / "huge.txt"
    huge.write_text("word " * (MAX_ANALYSED_CHARS // 5 + 10))  # one line, no model sees it
    with Storyline(tmp_path / "h.db", stages=["sentences"], stories=False) as s:
        report = s.ingest([str(huge)])
        assert (report.new, report.failed, report.too_long) == (1, 0, 1)
        assert any("huge.txt" in w and "not analysed" in w for w in report.warnings)
        (article,) = list(s.articles())
        assert not article.sentences and "too_long_to_analyse" in {f.code for f in article.flags}


def test_a_page_that_is_not_news_is_stored_flagged_and_counted(tmp_path: Path) -> None:
    page = tmp_path / "gallery.txt"
    captions = (
        "Kite flier lifted over the harbour wall The week in pictures from towns along the "
        "coast Fishermen mend nets on the quay at dawn after the storm A lighthouse keeper "
        "paints the railings of the old tower Children race paper boats down a flooded lane"
    )
    page.write_text(captions)
    with Storyline(tmp_path / "g.db", stages=["sentences"], stories=False) as s:
        report = s.ingest([str(page)])
        assert (report.new, report.failed, report.not_news) == (1, 0, 1)
        assert "1 not news (galleries" in report.summary()
        (article,) = list(s.articles())
        assert article.text == captions and not article.sentences
        assert "not_news" in {f.code for f in article.flags}
