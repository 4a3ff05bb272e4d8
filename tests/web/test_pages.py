"""The HTML pages: each renders from its query, links its JSON twin, and escapes article text."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from web_store import PAYLOADS

from storyline.store.sqlite_stories import SQLiteStoryRepository
from storyline.web import pages

PAGES = [
    "/",
    "/stories",
    "/stories/s-flood",
    "/articles",
    "/articles?outlet=southwire.example&since=2024-05-01",
    "/articles/h:flood1",
    "/articles/h:payload",
    "/entities",
    "/entities?type=PERSON",
    "/entities/Jane%20Roe",
    "/search?q=floods",
    "/search?q=Tarnwick&outlet=southwire.example&until=2024-05-31",
    "/docs",
    "/login",
]
_ALTERNATE = re.compile(r'<link rel="alternate" type="application/json" href="([^"]+)">')
_CHART = re.compile(
    r'<script type="application/json" class="chart-spec" data-chart="([^"]+)">(.*?)</script>', re.S
)


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_and_its_json_twin_answers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    twin = _ALTERNATE.search(response.text)
    if path != "/login":
        assert twin is not None
        assert client.get(twin.group(1)).status_code == 200
    # every chart block is JSON with a box on the page to draw into
    for chart_id, spec in _CHART.findall(response.text):
        assert f'id="chart-{chart_id}"' in response.text
        assert set(json.loads(spec)) == {"data", "layout"}


def test_json_twin_keeps_the_filters(client: TestClient) -> None:
    html = client.get("/search?q=death+toll&outlet=southwire.example").text
    twin = _ALTERNATE.search(html)
    assert twin is not None
    assert twin.group(1) == "/api/search?q=death+toll&amp;outlet=southwire.example"
    hits = client.get(unescape(twin.group(1))).json()["hits"]
    assert [h["article"]["id"] for h in hits] == ["h:flood2"]


def test_home_lists_the_latest_stories_and_outlets(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/stories/s-flood"' in html and "s-market" not in html
    assert "northpost.example" in html and 'data-chart="volume"' in html


def test_story_page_sections(client: TestClient) -> None:
    html = client.get("/stories/s-flood").text
    for part in ('id="timeline"', 'id="claims"', 'id="quotes"', 'id="outlets"', 'id="articles"'):
        assert part in html
    assert 'id="day-2024-05-03"' in html
    # a citation and a claim point lead to the sentence in its article
    assert 'href="/articles/h:flood2?hl=' in html
    assert "uncorroborated" in html and "An emergency official" in html
    charts = dict(_CHART.findall(html))
    claims = json.loads(charts["claims-0"])
    assert {t["name"] for t in claims["data"]} == {"northpost.example", "southwire.example"}
    assert all(link.startswith("/articles/h:") for t in claims["data"] for link in t["customdata"])


def test_a_merged_story_redirects_to_the_story_that_took_it(client: TestClient) -> None:
    response = client.get("/stories/s-old")
    assert response.status_code == 307 and response.headers["location"] == "/stories/s-flood"
    assert client.get("/stories/s-none").status_code == 404


def test_article_payloads_are_shown_as_text(client: TestClient) -> None:
    html = client.get("/articles/h:payload").text
    start = html.index('<div class="article-text">')
    body = html[start : html.index("</div>", start)]
    shown = unescape(re.sub(r"<[^>]*>", "", body))  # what a reader sees of the text
    for payload in PAYLOADS:
        assert payload not in html
        assert payload in shown
    assert "javascript:" not in re.sub(
        r"&[a-z#0-9]+;", "", " ".join(re.findall(r'href="([^"]*)"', html))
    )
    assert 'href="javascript' not in html
    assert "&lt;img src=x onerror=alert(9)&gt;Flood" in html  # the title too
    # script elements on the page are only ours: static files and JSON data blocks
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/' in tag or 'type="application/json"' in tag


def test_a_cited_passage_is_marked_and_anchored(client: TestClient) -> None:
    html = client.get("/articles/h:flood1?hl=53-71").text
    assert '<span id="hl"></span><span class="claim target"' in html
    assert 'id="claim-0"' in html
    ignored = client.get("/articles/h:flood1?hl=71-53")
    assert ignored.status_code == 200 and 'id="hl"' not in ignored.text


def test_a_changed_article_lists_its_versions(client: TestClient) -> None:
    html = client.get("/articles/h:warning").text
    assert 'id="versions"' in html and "version 1" in html and "+Forecasters" in html
    assert 'id="versions"' not in client.get("/articles/h:flood2").text


def test_entity_names_in_the_text_link_to_their_pages(client: TestClient) -> None:
    html = client.get("/articles/h:flood1").text
    assert '<a href="/entities/Jane%20Roe">Jane Roe</a>' in html


def test_search_marks_the_matching_words(client: TestClient) -> None:
    html = client.get("/search?q=death+toll").text
    assert "<mark>death</mark> <mark>toll</mark>" in html.lower()
    assert "1 article match" in html


def test_search_page_shows_its_first_hits_and_counts_them_all(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the hits a page shows have excerpts made; the count is of every match."""
    html = client.get("/search?q=Tarnwick").text
    shown = html.split('<ol class="hits">', 1)[1].split("</ol>", 1)[0].count("<li>")
    assert shown > 1
    monkeypatch.setattr(pages, "SEARCH_HITS", 1)
    html = client.get("/search?q=Tarnwick").text
    assert html.split('<ol class="hits">', 1)[1].split("</ol>", 1)[0].count("<li>") == 1
    assert f"{shown} articles match" in html


def test_search_page_says_more_than_the_cap(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six articles match "Tarnwick": past a cap of 5 the page gives the count as a bound."""
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 5)
    assert "More than 5 articles match" in client.get("/search?q=Tarnwick").text
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 6)
    html = client.get("/search?q=Tarnwick").text
    assert "6 articles match" in html and "More than" not in html


def test_error_pages_are_html_and_escape_what_was_asked(client: TestClient) -> None:
    response = client.get("/articles/<script>alert(1)</script>")
    assert response.status_code == 404
    assert "<script>alert(1)" not in response.text and "&lt;script&gt;" in response.text
    bad = client.get("/articles?since=nonsense")
    assert bad.status_code == 422 and "query.since" in bad.text
    assert client.get("/articles?cursor=zzz").status_code == 400


def test_docs_page_loads_swagger_from_this_server(client: TestClient) -> None:
    html = client.get("/docs").text
    assert '<script src="/vendor/swagger/swagger-ui-bundle.js" defer></script>' in html
    assert '<script src="/static/docs.js" defer></script>' in html
    assert "http" not in "".join(re.findall(r'(?:src|href)="([^"]*)"', html))
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/vendor/swagger/swagger-ui.css").status_code == 200


def test_every_template_compiles_at_start() -> None:
    from storyline.web.render import compile_templates, templates

    assert compile_templates() == len(templates.env.list_templates(extensions=["html"])) >= 10


def test_a_story_page_reads_its_story_label_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.get("/stories/s-flood")  # parts built and cached: the next view only reads
    read: list[str] = []
    real = SQLiteStoryRepository.get_story

    def get_story(self: SQLiteStoryRepository, story_id: str) -> object:
        read.append(story_id)
        return real(self, story_id)

    monkeypatch.setattr(SQLiteStoryRepository, "get_story", get_story)
    assert client.get("/stories/s-flood").status_code == 200
    assert read == ["s-flood"]
