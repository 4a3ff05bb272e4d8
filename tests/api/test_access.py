"""Who may read and write: open reads on loopback, the token for writes and for other binds."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_loopback_reads_are_open_and_writes_need_the_bearer_token(
    client: TestClient, token: str
) -> None:
    assert client.get("/api/home").status_code == 200
    missing = client.post("/api/ingest", json={"articles": [{"text": "x"}]})
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in missing.json()["message"]
    wrong = client.post(
        "/api/ingest", json={"urls": []}, headers={"authorization": "Bearer not-the-token"}
    )
    assert wrong.status_code == 401 and wrong.json()["message"] == "the API token is not valid"
    # the sign-in cookie is for reading: a page elsewhere must not make a browser write
    cookie_only = client.post(
        "/api/ingest", json={"urls": []}, headers={"cookie": f"storyline_token={token}"}
    )
    assert cookie_only.status_code == 401


def test_beyond_loopback_every_read_needs_the_token(exposed: TestClient, token: str) -> None:
    api = exposed.get("/api/stories")
    assert api.status_code == 401 and api.json()["status"] == 401
    page = exposed.get("/stories/s-flood?x=1")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=/stories/s-flood%3Fx%3D1"
    bearer = exposed.get("/api/stories", headers={"authorization": f"Bearer {token}"})
    assert bearer.status_code == 200
    # any Host is served there (the token guards it)
    assert (
        exposed.get(
            "/api/stories", headers={"host": "news.example", "authorization": f"Bearer {token}"}
        ).status_code
        == 200
    )


def test_signing_in_sets_a_strict_http_only_cookie(exposed: TestClient, token: str) -> None:
    form = exposed.get("/login?next=/stories")
    assert form.status_code == 200 and 'name="token"' in form.text
    bad = exposed.post("/login", data={"token": "nope", "next": "/stories"})
    assert bad.status_code == 401 and "not valid" in bad.text
    good = exposed.post("/login", data={"token": token, "next": "/stories"})
    assert good.status_code == 303 and good.headers["location"] == "/stories"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    signed_in = exposed.get("/stories", headers={"cookie": f"storyline_token={token}"})
    assert signed_in.status_code == 200 and "River bursts its banks" in signed_in.text
    assert exposed.post("/logout").headers["location"] == "/login"


def test_sign_in_never_sends_the_reader_to_another_site(exposed: TestClient, token: str) -> None:
    for target in ("//attacker.example/x", "https://attacker.example", "/\\attacker.example"):
        response = exposed.post("/login", data={"token": token, "next": target})
        assert response.headers["location"] == "/"
