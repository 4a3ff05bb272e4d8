"""Links the pages make, and the ones they refuse to make."""

from __future__ import annotations

import pytest

from storyline.web.urls import api_url, article_url, entity_url, is_local_path, safe_http_url


def test_page_links() -> None:
    assert article_url("h:ab/c d") == "/articles/h:ab%2Fc%20d"
    assert article_url("h:1", (3, 9)) == "/articles/h:1?hl=3-9#hl"
    assert entity_url("Jane Roe") == "/entities/Jane%20Roe"
    assert api_url("/") == "/api/home" and api_url("/stories/s-1") == "/api/stories/s-1"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://a.example/x", True),
        ("HTTP://a.example", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:x", False),
        ("//a.example", False),
        (None, False),
    ],
)
def test_only_http_links(url: str | None, kept: bool) -> None:
    assert (safe_http_url(url) is not None) == kept


@pytest.mark.parametrize(
    ("target", "local"),
    [
        ("/stories", True),
        ("//evil.example", False),
        ("/\\evil.example", False),
        ("https://x", False),
    ],
)
def test_local_paths(target: str, local: bool) -> None:
    assert is_local_path(target) == local
