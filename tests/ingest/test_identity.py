from __future__ import annotations

import pytest

from storyline.ingest.identity import (
    article_id,
    content_hash,
    legacy_article_id,
    normalize_url,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/News/Story/", "https://example.com/News/Story"),
        ("http://example.com:80/a#comments", "http://example.com/a"),
        ("https://example.com:443/a?utm_source=x&utm_medium=y&id=3", "https://example.com/a?id=3"),
        ("https://example.com/a?fbclid=abc&b=2&a=1&gclid=z", "https://example.com/a?a=1&b=2"),
        ("https://example.com:8443/a/", "https://example.com:8443/a"),
        ("https://example.com/", "https://example.com"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_article_id_from_url_ignores_tracking_and_case() -> None:
    a = article_id("https://News.example/2024/03/22/story?utm_campaign=rss", "text one")
    b = article_id("https://news.example/2024/03/22/story/#top", "different text")
    assert a == b
    assert a.startswith("u:") and len(a) == 18


def test_article_id_from_text_ignores_whitespace_only() -> None:
    a = article_id(None, "Rain fell  on\nTuesday.")
    assert a == article_id("", "Rain fell on Tuesday. ")
    assert a.startswith("t:") and len(a) == 18
    assert a != article_id(None, "Rain fell on Wednesday.")


def test_content_hash_is_exact() -> None:
    assert content_hash("a b") != content_hash("a  b")
    assert len(content_hash("x")) == 64


def test_text_id_separates_publications_of_the_same_body() -> None:
    body = "The same wire story, word for word."
    plain = article_id(None, body)
    assert plain == article_id(None, body, published=None, outlet="", title=None)
    other_day = article_id(None, body, published="2024-05-02")
    assert other_day != article_id(None, body, published="2024-05-01") != plain
    assert article_id(None, body, outlet="A") != article_id(None, body, outlet="B")
    assert article_id(None, body, published="2024-05-02") == other_day  # stable


def test_legacy_id_is_what_older_code_gave() -> None:
    # sha256 of the normalised text and extras joined by \x1f, as "h:" ids always were
    import hashlib

    body = "Rain fell  on\nTuesday."
    plain = "h:" + hashlib.sha256(b"Rain fell on Tuesday.").hexdigest()[:16]
    assert legacy_article_id(body) == plain
    joined = b"Rain fell on Tuesday.\x1f2024-05-01\x1fThe Ledger\x1f"
    dated = "h:" + hashlib.sha256(joined).hexdigest()[:16]
    assert legacy_article_id(body, published="2024-05-01", outlet="The Ledger") == dated


def test_source_and_legacy_ids_never_collide() -> None:
    body = "The same words, hashed both ways."
    assert article_id(None, body)[2:] == legacy_article_id(body)[2:]  # same digest ...
    assert article_id(None, body) != legacy_article_id(body)  # ... told apart by the prefix
