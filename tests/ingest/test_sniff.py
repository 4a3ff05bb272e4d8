from __future__ import annotations

import pytest

from storyline.ingest.decode import decode_text
from storyline.ingest.sniff import sniff_format


@pytest.mark.parametrize(
    ("name", "head", "content_type", "expected"),
    [
        ("x.txt", b" date 2024-01-01 Body", None, "text"),
        ("x.html", b"<!doctype html><html>", None, "html"),
        ("saved.txt", b"<html><body>", None, "html"),
        ("feed.html", b'<?xml version="1.0"?><rss version="2.0">', None, "feed"),
        ("x", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", None, "feed"),
        ("a.jsonl", b'{"text": "a"}\n', None, "jsonl"),
        ("a.json", b'[{"text": "a"}]', None, "json"),
        ("noext", b'{"text": "a"}', None, "json"),
        ("a.csv", b"title,text\n", None, "csv"),
        ("c.warc", b"WARC/1.0\r\n", None, "warc"),
        ("/news/story", b"Plain words", "text/html; charset=utf-8", "html"),
        ("/feed", b"<rss version='2.0'>", "application/rss+xml", "feed"),
        ("x.json.gz", b"[]", None, "json"),
    ],
)
def test_sniff(name: str, head: bytes, content_type: str | None, expected: str) -> None:
    assert sniff_format(name, head, content_type) == expected


@pytest.mark.parametrize(
    "head", [b"%PDF-1.4", b"\x89PNG\r\n", b"SQLite format 3\x00", b"ab\x00\x00\x01cd"]
)
def test_sniff_refuses_binary(head: bytes) -> None:
    with pytest.raises(ValueError, match="binary"):
        sniff_format("file.txt", head)


def test_decode_cp1252_quotes_and_utf16_be() -> None:
    assert decode_text(b"\x93quoted\x94 caf\xe9") == "\u201cquoted\u201d café"
    assert decode_text("Grüße".encode("utf-16-be")) == "Grüße"


def test_sniff_archives_by_content() -> None:
    assert sniff_format("a.txt", b"PK\x03\x04rest") == "zip"
    tar_head = b"name".ljust(257, b"\x00") + b"ustar\x0000"
    assert sniff_format("a.bin", tar_head) == "tar"
