"""RSS and Atom feeds: feedparser, behind a defusedxml check of the raw XML.

feedparser is lenient, which real feeds need, but a feed is untrusted input:
an entity bomb ("billion laughs") or an external entity must be refused
before anything expands it, so the raw bytes go through defusedxml first.
Entries that carry only a summary keep the summary and the link; with
`fetch_pages` the linked page is fetched (address guard applies) and its main
text replaces the summary.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import xml.etree.ElementTree as StdET
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET
import feedparser

from storyline.errors import InputError
from storyline.ingest.decode import declared_charset, decode_bytes
from storyline.ingest.fetch import fetch_url
from storyline.ingest.htmltext import html_fragment_to_text
from storyline.ingest.options import ReadContext
from storyline.ingest.readers.html import extract_page, og_site_name
from storyline.ingest.records import TEASER_FLAG, RawRecord, build_article
from storyline.model import Article, Flag
from storyline.published import normalize_published

__all__ = ["check_xml_safe", "parse_feed", "read_feed"]

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def check_xml_safe(data: bytes) -> None:
    """Raise ValueError when the XML declares entities or references external ones.

    Malformed XML without entity declarations passes: feedparser's loose
    parser copes with the broken feeds found in the wild.
    """
    try:
        SafeET.fromstring(data)
    except defusedxml.EntitiesForbidden:
        raise ValueError("refused XML with entity declarations (possible entity bomb)") from None
    except defusedxml.ExternalReferenceForbidden:
        raise ValueError("refused XML with an external entity reference") from None
    except defusedxml.DefusedXmlException as exc:
        raise ValueError(f"refused unsafe XML ({type(exc).__name__})") from None
    except StdET.ParseError:
        if _ENTITY_DECL.search(data[:65536]):
            raise ValueError(
                "refused XML with entity declarations (possible entity bomb)"
            ) from None


def parse_feed(data: bytes, base_url: str | None = None) -> Any:
    """The feedparser result for raw feed bytes; ValueError for unsafe or non-feed XML.

    Always bytes: given a string that looks like a URL, feedparser would fetch
    it itself, past our address guard and limits.
    """
    check_xml_safe(data)
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(
        data, sanitize_html=True, resolve_relative_uris=True, response_headers=headers
    )
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise ValueError(f"not an RSS or Atom feed{detail}")
    return parsed


def _entry_date(entry: Mapping[str, Any]) -> object:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            normalize_published(raw)
            return raw
        except (ValueError, OverflowError, OSError):
            struct = entry.get(f"{key}_parsed")
            if struct:
                stamp = dt.datetime.fromtimestamp(calendar.timegm(struct), tz=dt.UTC)
                return stamp.replace(tzinfo=None).isoformat(timespec="seconds")
            return raw  # unreadable: build_article keeps the entry undated, with a flag
    return None


def _entry_body(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """(text, is_full_text): the longest content block, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    content = max((html_fragment_to_text(c) for c in contents), key=len, default="")
    summary = html_fragment_to_text(entry.get("summary") or "")
    if len(content) > len(summary):
        return content, True
    return summary, False


def _entry_outlet(entry: Mapping[str, Any], feed_title: str | None) -> str | None:
    """The item's own <source> (RSS) or source title (Atom), else the feed's title.

    Aggregators (news search feeds, planet sites) carry many outlets in one feed;
    the item's source element names the one that published it.
    """
    source = entry.get("source")
    if isinstance(source, Mapping):
        title = source.get("title") or source.get("value")
        if isinstance(title, str) and title.strip():
            return " ".join(title.split())
    return feed_title


def _entry_record(
    entry: Mapping[str, Any], outlet: str | None, path: str | None
) -> tuple[RawRecord, bool]:
    """(record, is_full_text) of one entry; a summary-only entry is a teaser."""
    text, full = _entry_body(entry)
    entry_id = entry.get("id") or entry.get("guid")
    record = RawRecord(
        text=text,
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        key=str(entry_id) if entry_id else None,
        outlet=_entry_outlet(entry, outlet),
        author=entry.get("author") or None,
        published=_entry_date(entry),
        published_source="metadata",
        path=path,
    )
    return record, full


def _with_page(record: RawRecord, ctx: ReadContext, item: str) -> RawRecord:
    """`record` with the linked page's main text; raises InputError naming the page."""
    assert record.url is not None
    fetched = fetch_url(record.url, ctx.options)
    try:
        declared = declared_charset(fetched.content, fetched.content_type)
        html = decode_bytes(fetched.content, declared).text
        page = extract_page(html, fetched.final_url, record.path)
    except ValueError as exc:
        raise InputError(f"{item} page {record.url}", str(exc)) from None
    page_site_name = og_site_name(html)
    return replace(
        record,
        text=page.text,
        title=record.title or page.title,
        author=record.author or page.author,
        outlet=page_site_name or record.outlet or page.outlet,
        published=record.published or page.published,
    )


def read_feed(data: bytes, ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article per feed entry; a failed page fetch is an error but keeps the summary."""
    try:
        parsed = parse_feed(data, ctx.url)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        item = f"{ctx.item} entry {number}"
        path = f"{ctx.path}#{number}" if ctx.path else None
        record, full = _entry_record(entry, outlet, path)
        if ctx.options.fetch_pages and record.url:
            try:
                record = _with_page(record, ctx, item)
                full = True
            except InputError as exc:
                yield exc
                if not record.text.strip():
                    continue  # already reported: nothing else to keep of this entry
        if not record.text.strip():
            hint = "" if ctx.options.fetch_pages else " (fetch_pages reads the linked page)"
            yield InputError(item, f"entry has no text{hint}")
            continue
        found = build_article(record, item)
        yield found if full or isinstance(found, InputError) else _as_teaser(found)


def _as_teaser(article: Article) -> Article:
    """Flag a summary-only entry, so a later full text replaces it and not the reverse."""
    flag = Flag(
        code=TEASER_FLAG,
        severity="info",
        message="feed summary only: the full text was not read (ingest the page, or use "
        "--fetch-pages, and it replaces this one as a new version)",
    )
    return replace(article, flags=(*article.flags, flag))
