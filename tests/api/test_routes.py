"""The read API: each route answers the record its page is built from, and errors are JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_store import WebStore

from storyline import query
from storyline.engine import Storyline


def _plain(record: object) -> Any:
    return json.loads(json.dumps(asdict(record)))  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("path", "build"),
    [
        ("/api/home", lambda e: query.home_page(e)),
        ("/api/articles", lambda e: query.article_list(e)),
        ("/api/articles/h:flood2", lambda e: query.article_page(e, "h:flood2")),
        ("/api/stories", lambda e: query.story_list(e)),
        ("/api/stories/s-flood", lambda e: query.story_page(e, "s-flood")),
        ("/api/stories/s-old/timeline", lambda e: query.story_timeline(e, "s-flood")),
        ("/api/stories/s-flood/claims", lambda e: query.story_claims(e, "s-flood")),
        ("/api/entities", lambda e: query.entity_list(e)),
        ("/api/entities/Jane Roe", lambda e: query.entity_page(e, "Jane Roe")),
        ("/api/search?q=floods", lambda e: query.search_page(e, "floods")),
        ("/api/quotes?speaker=Roe", lambda e: query.speaker_quotes(e, "Roe")),
    ],
)
def test_json_twin_is_the_query_record(
    client: TestClient, web_store: WebStore, path: str, build: Any
) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    with Storyline(web_store.path) as engine:
        assert response.json() == _plain(build(engine))


def test_search_count_past_the_cap_is_a_bound(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six articles match "Tarnwick": past a cap of 5 the JSON says more than 5."""
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 5)
    found = client.get("/api/search", params={"q": "Tarnwick"}).json()
    assert (found["matches"], found["more_matches"], len(found["hits"])) == (5, True, 6)
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 6)
    found = client.get("/api/search", params={"q": "Tarnwick"}).json()
    assert (found["matches"], found["more_matches"]) == (6, False)


def test_story_parts(client: TestClient) -> None:
    quotes = client.get("/api/stories/s-flood/quotes").json()
    assert [g["speaker"] for g in quotes] == ["Jane Roe", "An emergency official"]
    flags = client.get("/api/stories/s-flood/flags").json()
    # the flag stored with h:flood2; the story's review raises none on its rising toll
    assert [(o["outlet"], f["article"]["id"]) for o in flags for f in o["flags"]] == [
        ("southwire.example", "h:flood2"),
    ]
    listed = client.get("/api/flags", params={"code": "uncorroborated"}).json()
    assert [f["article"]["id"] for f in listed["items"]] == ["h:flood2"]


def test_articles_page_by_cursor_with_filters(client: TestClient) -> None:
    seen, params = [], {"limit": 2, "outlet": "northpost.example"}
    while True:
        body = client.get("/api/articles", params=params).json()
        seen += [a["id"] for a in body["items"]]
        if not body["next_cursor"]:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == ["h:payload", "h:flood1"]


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/articles/h:missing", 404, "no article 'h:missing'"),
        ("/api/stories/s-missing", 404, "no story 's-missing'"),
        ("/api/stories/s-missing/claims", 404, "no story"),
        ("/api/entities/Nobody", 404, "no entity 'Nobody'"),
        ("/api/articles?cursor=abc", 400, "cursor: not a cursor"),
        ("/api/articles?since=2024-02-30", 422, "query.since"),
        ("/api/articles?story=s-missing", 400, "story: no story"),
        ("/api/articles?since=May", 422, "query.since"),
        ("/api/articles?limit=0", 422, "query.limit"),
        ("/api/search?limit=abc", 422, "query.limit"),
        ("/api/quotes", 422, "query.speaker"),
        ("/api/nothing-here", 404, "Not Found"),
    ],
)
def test_errors_are_json_with_a_message(
    client: TestClient, path: str, status: int, words: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == status and words in body["message"]
    if status == 422:
        assert body["problems"] and all(isinstance(p, str) for p in body["problems"])


def test_wrong_method_is_a_json_405(client: TestClient) -> None:
    response = client.delete("/api/articles")
    assert response.status_code == 405 and response.json()["status"] == 405


def test_openapi_schema_lists_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    assert {
        "/api/home", "/api/articles", "/api/articles/{article_id}", "/api/stories",
        "/api/stories/{story_id}", "/api/stories/{story_id}/timeline",
        "/api/stories/{story_id}/claims", "/api/stories/{story_id}/quotes",
        "/api/stories/{story_id}/flags", "/api/quotes", "/api/flags", "/api/entities",
        "/api/entities/{name}", "/api/search", "/api/ingest",
    } <= paths  # fmt: skip
    assert not any(p.startswith(("/stories", "/articles", "/login")) for p in paths)
    assert schema["paths"]["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
