"""POST /api/ingest: JSON articles through the real pipeline, URLs through the guarded fetcher."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_store import WebStore

from storyline.engine import Storyline
from storyline.query.story_parts import parts_are_current
from storyline.query.warm import review_is_current, stories_of_articles

ARTICLE = {
    "title": "Ferry service to Kellan Island resumes",
    "body": (
        "The ferry to Kellan Island sailed again on Tuesday after a two-week strike, "
        "said harbour manager Owen Price. About 300 passengers crossed on the first day."
    ),
    "link": "https://harbour.example/ferry-resumes",
    "source": "harbour.example",
    "date": "2024-06-04",
}


def _post(client: TestClient, token: str, body: object) -> dict[str, object]:
    response = client.post("/api/ingest", json=body, headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    result: dict[str, object] = response.json()
    return result


def test_articles_are_stored_analysed_and_bad_items_reported(
    client: TestClient, token: str, web_store: WebStore
) -> None:
    result = _post(
        client, token, {"articles": [ARTICLE, {"text": "<p> </p>"}, {"title": "no text"}]}
    )
    assert (result["new"], result["failed"]) == (1, 2)
    assert result["errors"] == [
        "articles[1]: no article text after removing boilerplate",
        "articles[2]: no article text (looked for fields text, body, content, ...)",
    ]
    (new_id,) = result["ids"]  # type: ignore[misc]
    with Storyline(web_store.path) as engine:  # its story was built after the response
        (story_id,) = stories_of_articles(engine, [new_id])
        assert review_is_current(engine, story_id)
        assert parts_are_current(engine, story_id)
    page = client.get(f"/api/articles/{new_id}").json()
    assert page["article"]["outlet"] == "harbour.example"
    assert page["article"]["published"] == "2024-06-04"
    assert any(e["text"] == "Owen Price" for e in page["article"]["entities"])
    assert page["story"] is not None  # assigned to a story on ingest
    again = _post(client, token, {"articles": [ARTICLE]})
    assert (again["new"], again["present"]) == (0, 1)


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({}, 400, "nothing to ingest"),
        ({"urls": ["file:///etc/passwd"]}, 400, "urls[0]: only http(s) URLs"),
        ({"urls": ["/etc/passwd"]}, 400, "only http(s) URLs"),
        ({"articles": [{"text": 12}]}, 422, "body.articles.0.text"),
        ({"articles": [{"text": "x"}] * 1001}, 422, "body.articles"),
        ([1, 2], 422, "body"),
    ],
)
def test_unusable_requests(
    client: TestClient, token: str, body: object, status: int, words: str
) -> None:
    response = client.post("/api/ingest", json=body, headers={"authorization": f"Bearer {token}"})
    assert response.status_code == status
    assert words in response.json()["message"]


def test_a_url_to_a_private_address_is_refused_as_an_item(client: TestClient, token: str) -> None:
    result = _post(client, token, {"urls": ["http://127.0.0.1:9/feed.xml"]})
    assert result["failed"] == 1 and result["new"] == 0
    assert "http://127.0.0.1:9/feed.xml" in str(result["errors"])


def test_malformed_json_is_a_422_naming_the_body(client: TestClient, token: str) -> None:
    response = client.post(
        "/api/ingest",
        content=b'{"articles": [',
        headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
    )
    assert response.status_code == 422 and response.json()["problems"]
