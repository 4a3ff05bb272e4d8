"""Pages that are not news, through the engine on a real SQLite file: placed with the story
they belong to as related pages, listed apart, never counted or read as its articles."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.engine import Storyline
from storyline.query import story_list, story_page
from storyline.query.reads import ArticleWhere

NEWS = [
    (
        "2024-04-02",
        "Floods in Almsbury",
        "The river Alm burst its banks in Almsbury on Tuesday, flooding 300 homes, the town's "
        "mayor, Ruth Calder, said. Emergency crews evacuated residents of the lower town by "
        "boat overnight as the water rose. The flood defences built in 1998 failed near the "
        "old mill, the river authority said.",
    ),
    (
        "2024-04-03",
        "Almsbury flood: residents return",
        "Residents of Almsbury began returning to their flooded homes on Wednesday as the "
        "river Alm fell, the mayor, Ruth Calder, said. About 300 homes in the lower town were "
        "flooded when the defences near the old mill failed, and the river authority said it "
        "would inspect them.",
    ),
]
GALLERY = (
    "Almsbury floods in pictures Residents of the lower town are carried to safety by boat as "
    "the river Alm bursts its banks Water covers the old mill road in Almsbury Emergency crews "
    "pump water from flooded homes in the lower town The mayor of Almsbury visits residents "
    "moved from their flooded homes"
)


def _ingest(tmp_path: Path, with_news: bool = True) -> Path:
    records = [{"id": "gallery", "text": GALLERY, "published": "2024-04-04", "outlet": "g.test"}]
    if with_news:
        records = [
            {"id": f"n{i}", "text": text, "title": title, "published": day, "outlet": "a.test"}
            for i, (day, title, text) in enumerate(NEWS)
        ] + records
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "r.db"
    with Storyline(db, stages=["sentences"]) as s:
        report = s.ingest([str(src)])
        assert report.not_news == 1 and report.failed == 0
    return db


def test_a_gallery_is_a_related_page_of_its_story_not_one_of_its_articles(
    tmp_path: Path,
) -> None:
    db = _ingest(tmp_path)
    with Storyline(db) as s:
        ids = {a.title or "gallery": a.id for a in s.articles()}
        news, gallery = [ids[title] for _day, title, _text in NEWS], ids["gallery"]
        (label,) = s.stories()
        assert label.count == 2 and "pictures" not in label.title.lower()
        assert [a.id for a in s.story_articles(label.id)] == news
        assert [a.id for a in s.related_pages(label.id)] == [gallery]
        page = story_page(s, label.id)
        assert page is not None
        assert [a.id for a in page.articles] == news and page.more_articles == 0
        assert [a.id for a in page.related] == [gallery]
        assert [o.outlet for o in page.outlets] == ["a.test"]
        assert all(f.code != "not_news" for o in page.outlets for f in o.flags)
        listed = s.store.page_reads().article_page(ArticleWhere(story_id=label.id), None, 10)
        assert sorted(a.id for a, _ in listed) == sorted(news)
        assert [d.day for d in page.story.volume] == ["2024-04-02", "2024-04-03"]
    shown = CliRunner().invoke(app, ["story", label.id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    listed, related = shown.output.split("related pages (1: not news, not analysed):")
    assert gallery not in listed and gallery in related and news[0] in listed
    as_json = CliRunner().invoke(app, ["story", label.id, "--db", str(db), "--json"])
    payload = json.loads(as_json.output)
    assert [m["article_id"] for m in payload["articles"]] == news
    assert [m["article_id"] for m in payload["related"]] == [gallery]


def test_a_page_that_is_not_news_fitting_no_story_is_in_no_listing(tmp_path: Path) -> None:
    db = _ingest(tmp_path, with_news=False)
    with Storyline(db) as s:
        assert s.stories() == []
        assert story_list(s).total == 0 and story_list(s).items == ()
        (gallery,) = [a.id for a in s.articles()]
        member = s.store.stories().membership(gallery)
        assert member is not None and "not_news" in member.flags
        assert [a.id for a in s.related_pages(member.story_id)] == [gallery]
        assert s.story_articles(member.story_id) == []


def test_a_related_page_is_not_reviewed_with_the_storys_articles(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    with Storyline(db) as s:
        (label,) = s.stories()
        (gallery,) = [a.id for a in s.related_pages(label.id)]
        review = s.review(label.id)
        reviewed = {f.article_id for f in s.flags(label.id, review)}
        assert gallery not in reviewed and len(reviewed) == 2


def test_exported_stories_list_related_pages_apart(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    with Storyline(db) as s:
        (label,) = s.stories()
        (gallery,) = [a.id for a in s.related_pages(label.id)]
        (story,) = [x for x in s.export_stories() if x["id"] == label.id]
        assert story["related"] == [gallery] and gallery not in story["articles"]
        assert len(story["articles"]) == 2


def test_the_api_and_the_web_page_show_related_pages_apart(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.api.app import create_app
    from storyline.api.settings import ServerSettings

    db = _ingest(tmp_path)
    with Storyline(db) as s:
        (label,) = s.stories()
        (gallery,) = [a.id for a in s.related_pages(label.id)]
    app = create_app(ServerSettings(db=str(db)))
    with TestClient(app, base_url="http://127.0.0.1:8000", follow_redirects=False) as client:
        got = client.get(f"/api/stories/{label.id}")
        assert got.status_code == 200, got.text
        body = got.json()
        assert [a["id"] for a in body["related"]] == [gallery]
        assert gallery not in [a["id"] for a in body["articles"]]
        listed = client.get("/api/stories").json()
        assert [x["id"] for x in listed["items"]] == [label.id]
        page = client.get(f"/stories/{label.id}")
        assert page.status_code == 200
        assert "Related pages" in page.text and gallery in page.text.split("Related pages")[1]
