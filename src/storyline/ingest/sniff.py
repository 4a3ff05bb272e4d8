"""Which reader a file or response needs, from its content first and its name second.

Extensions lie (a crawler saves an RSS feed as .html, a page as .txt), so
unmistakable content wins: a WARC header, an XML feed root, an HTML document.
The extension then decides between formats that look alike (JSON vs JSONL vs
plain text), and only a file with neither falls back to weak content hints.
"""

from __future__ import annotations

import re
from typing import Literal

from storyline.ingest.decode import binary_kind, quick_text

__all__ = ["Format", "sniff_format", "strip_gz_suffix"]

Format = Literal["text", "html", "json", "jsonl", "csv", "feed", "warc", "zip", "tar"]

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_TAR_MAGIC = b"ustar"
_TAR_MAGIC_AT = 257

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_BY_EXTENSION: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".arc": "warc",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
}
_BY_CONTENT_TYPE: tuple[tuple[str, Format], ...] = (
    ("html", "html"),
    ("rss", "feed"),
    ("atom", "feed"),
    ("xml", "feed"),
    ("ndjson", "jsonl"),
    ("jsonl", "jsonl"),
    ("json", "json"),
    ("csv", "csv"),
    ("warc", "warc"),
    ("text/plain", "text"),
)


def strip_gz_suffix(name: str) -> str:
    """`name` without a trailing .gz / .gzip, so the inner format's extension shows."""
    low = name.lower()
    for suffix in (".gz", ".gzip"):
        if low.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1].split("?", 1)[0].lower()
    return "." + base.rsplit(".", 1)[-1] if "." in base else ""


def sniff_format(name: str, head: bytes, content_type: str | None = None) -> Format:
    """The format of an item whose (decompressed) content starts with `head`.

    Raises ValueError for binary content, with the kind of file it looks like.
    """
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head[_TAR_MAGIC_AT : _TAR_MAGIC_AT + len(_TAR_MAGIC)] == _TAR_MAGIC:
        return "tar"
    kind = binary_kind(head)
    if kind is not None:
        raise ValueError(f"binary file ({kind}), not text")
    text = quick_text(head[:8192]).lstrip("\ufeff \t\r\n")
    start = text[:2048]
    if text.startswith("<"):
        feed, page = _FEED_ROOT.search(start), _HTML_ROOT.search(start)
        if feed and (page is None or feed.start() < page.start()):
            return "feed"
        if page:
            return "html"
    by_ext = _BY_EXTENSION.get(_extension(strip_gz_suffix(name)))
    if by_ext is not None:
        return by_ext
    if content_type:
        low = content_type.lower()
        for needle, fmt in _BY_CONTENT_TYPE:
            if needle in low:
                return fmt
    if text.startswith(("{", "[")):
        return "json"
    if text.startswith("<?xml"):
        return "feed"
    return "text"
