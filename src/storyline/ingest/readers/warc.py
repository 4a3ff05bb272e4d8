"""WARC crawls (warcio): each HTML response inside becomes an article.

Records that are not successful HTML responses (requests, metadata, images,
redirects) are skipped silently: a crawl is mostly those. The article's URL
is the record's WARC-Target-URI, so re-ingesting a crawl finds the same ids.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.errors import InputError
from storyline.ingest.decode import decode_text
from storyline.ingest.options import ReadContext
from storyline.ingest.readers.html import extract_page
from storyline.ingest.records import build_article
from storyline.model import Article

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _html_payload(record: Any) -> bool:
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return False
        status = http.get_statuscode() or ""
        ctype = (http.get_header("Content-Type") or "").lower()
        return status.startswith("2") and any(t in ctype for t in _HTML_TYPES)
    if record.rec_type == "resource":
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
        return any(t in ctype for t in _HTML_TYPES)
    return False


def _record_article(record: Any, number: int, ctx: ReadContext) -> Article | InputError:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    item = f"{ctx.item} record {number}" + (f" ({uri})" if uri else "")
    limit = ctx.options.max_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return InputError(item, f"response larger than max_bytes ({limit} bytes)")
    path = f"{ctx.path}#{number}" if ctx.path else None
    try:
        page = extract_page(decode_text(payload), uri, path)
    except ValueError as exc:
        return InputError(item, str(exc))
    return build_article(page, item)


def read_warc(stream: IO[bytes], ctx: ReadContext) -> Iterator[Article | InputError]:
    """Articles from the HTML responses of a WARC (plain or per-record gzip)."""
    found = 0
    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            if _html_payload(record):
                found += 1
                yield _record_article(record, number, ctx)
    except ArchiveLoadFailed as exc:
        yield InputError(ctx.item, f"not a readable WARC after record {number} ({exc})")
        return
    except (EOFError, zlib.error, OSError) as exc:
        yield InputError(ctx.item, f"truncated or corrupt WARC after record {number} ({exc})")
        return
    if not found:
        yield InputError(ctx.item, "no HTML responses in the WARC")
