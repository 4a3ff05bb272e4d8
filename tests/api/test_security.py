"""Headers on every response, the Host check, body size limits, and paths outside the assets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    "path",
    ["/", "/api/home", "/static/style.css", "/vendor/plotly/plotly.min.js", "/nope", "/api/nope"],
)
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = {
        part.split()[0]: part.split()[1:] for part in headers["content-security-policy"].split("; ")
    }
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["default-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_a_foreign_host_name_is_refused_on_loopback(client: TestClient) -> None:
    # a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding)
    assert client.get("/api/home", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/api/home", headers={"host": "localhost:8000"}).status_code == 200


def test_a_declared_large_body_is_refused_before_reading(client: TestClient) -> None:
    body = b"{" + b" " * (64 * 1024) + b"}"
    response = client.post(
        "/api/ingest", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json() == {"status": 413, "message": "request body larger than 65536 bytes"}
    assert response.headers["x-frame-options"] == "DENY"


def test_a_streamed_large_body_is_refused_while_reading(client: TestClient, token: str) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b" " * 4096

    response = client.post(
        "/api/ingest",
        content=chunks(),
        headers={"content-type": "application/json", "authorization": f"Bearer {token}"},
    )
    assert response.status_code == 413
    assert response.json()["status"] == 413


@pytest.mark.parametrize(
    "path",
    [
        "/static/../pyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2fapi%2fapp.py",
        "/static/..%5c..%5capi%5capp.py",
        "/vendor/plotly/..%2f__init__.py",
        "/vendor/swagger/%2e%2e/core.py",
        "/static//etc/passwd",
    ],
)
def test_paths_outside_the_asset_folders_are_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert b"import" not in response.content and b"root:" not in response.content
