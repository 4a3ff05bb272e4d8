"""HTML pages through trafilatura: main text, title, date, author, site name.

The date is asked of the page's metadata only (htmldate without its extensive
content search, preferring the original publication date over the last
modification): a date guessed from the body text is often an event date, not
the publication date, and would be mislabelled "metadata".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import trafilatura

from storyline.errors import InputError
from storyline.ingest.options import ReadContext
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

__all__ = ["extract_page", "read_html"]

_MIN_WORDS = 5  # below this the "main text" is a menu or a caption, not an article
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


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
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
        author=getattr(doc, "author", None) or None,
        published=getattr(doc, "date", None) or None,
        published_source="metadata",
        path=path,
    )


def read_html(html: str | bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article from one HTML page."""
    try:
        record = extract_page(html, ctx.url, ctx.path)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    yield build_article(record, ctx.item)
