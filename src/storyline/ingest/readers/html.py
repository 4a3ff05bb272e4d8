"""HTML pages through trafilatura: main text, title, date, author, site name.

The date is asked of the page's metadata only (htmldate without its extensive
content search, preferring the original publication date over the last
modification): a date guessed from the body text is often an event date, not
the publication date, and would be mislabelled "metadata".
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import trafilatura

from storyline.errors import InputError
from storyline.ingest.options import ReadContext
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

__all__ = ["extract_page", "og_site_name", "read_html"]

_MIN_WORDS = 5  # below this the "main text" is a menu or a caption, not an article
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


_SITE_NAME = re.compile(
    r"""<meta\s[^>]{0,300}?(?:property|name)\s*=\s*["']og:site_name["'][^>]{0,300}?>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})')""", re.IGNORECASE)


def og_site_name(html: str | bytes) -> str | None:
    """The page's own name for its site (Open Graph og:site_name), read from the head.

    It names the outlet better than anything else on the page: trafilatura may
    fall back to the title's suffix or the host name, and a feed's title names
    the feed (or the aggregator), not who published the article.
    """
    head = html[:65536] if isinstance(html, str) else html[:65536].decode("utf-8", "replace")
    tag = _SITE_NAME.search(head)
    if tag is None:
        return None
    content = _CONTENT.search(tag.group(0))
    if content is None:
        return None
    name = " ".join(htmllib.unescape(content.group(1) or content.group(2)).split())
    return name or None


def extract_page(html: str | bytes, url: str | None, path: str | None) -> RawRecord:
    """The main content and metadata of a page; ValueError when it has no main text."""
    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            url=None,  # so a date read from the URL is labelled "url", not "metadata"
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        raise ValueError(f"unparsable HTML ({type(exc).__name__}: {exc})") from None
    text = str(getattr(doc, "text", None) or "") if doc is not None else ""
    words = len(text.split())
    if words < _MIN_WORDS:
        raise ValueError(f"no main text found in the HTML ({words} words)")
    title = getattr(doc, "title", None) or None
    lines = text.split("\n")
    if title and lines and " ".join(lines[0].split()) == " ".join(str(title).split()):
        text = "\n".join(lines[1:])
    return RawRecord(
        text="\n\n".join(line.strip() for line in text.split("\n") if line.strip()),
        title=title,
        url=getattr(doc, "url", None) or url,
        outlet=og_site_name(html)
        or getattr(doc, "sitename", None)
        or getattr(doc, "hostname", None)
        or _host(url),
        author=getattr(doc, "author", None) or None,
        published=getattr(doc, "date", None) or None,
        published_source="metadata",
        path=path,
        given=html if isinstance(html, str) else html.decode("utf-8", "surrogateescape"),
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def read_html(html: str | bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article from one HTML page."""
    try:
        record = extract_page(html, ctx.url, ctx.path)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    yield build_article(record, ctx.item)
