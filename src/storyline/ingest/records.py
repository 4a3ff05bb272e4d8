"""Turn what a reader found into an `Article`: clean body, date with provenance, stable id.

Every reader ends here, so cleaning, dating and identity are the same whatever
the format. Date policy: a record whose date is present but unreadable is
kept, undated (published None, published_source "none"), with a warning flag
"published-unreadable" naming the raw value, and a logged warning. Dropping
the article would lose its text for a metadata fault, and guessing a date
(least of all today's) would silently shift every relative date in it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from storyline.errors import InputError
from storyline.ingest.boilerplate import clean_body
from storyline.ingest.decode import Decoded
from storyline.ingest.headline import split_headline
from storyline.ingest.htmltext import html_fragment_to_text, looks_like_html
from storyline.ingest.identity import article_id, content_hash
from storyline.ingest.pages import not_news_flag
from storyline.ingest.run_in import split_run_in_headline
from storyline.model import Article, Flag, PublishedSource
from storyline.published import date_from_url, normalize_published

__all__ = [
    "DECODING_FLAG",
    "FIELD_NAMES",
    "TEASER_FLAG",
    "RawRecord",
    "build_article",
    "record_from_mapping",
    "source_id",
    "with_decoding_flag",
]

TEASER_FLAG = "teaser"
"""Flag code of an article read from a feed summary only (its full text not read yet)."""
DECODING_FLAG = "bytes_replaced"
"""Flag code of an article some of whose bytes could not be read in its encoding."""

log = logging.getLogger("storyline.ingest")

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "content", "article", "full_text", "fulltext", "maintext",
        "article_text", "story", "articlebody", "description", "summary",
    ),
    "title": ("title", "headline", "heading"),
    "published": (
        "published", "date", "time", "publish_date", "pubdate", "published_at", "publishedat",
        "date_published", "datepublished", "pub_date", "publication_date", "datetime",
        "timestamp", "created_at", "seendate",
    ),
    "url": ("url", "link", "href", "uri", "canonical_url", "permalink", "source_url"),
    "outlet": (
        "outlet", "source", "site", "sitename", "site_name", "publisher", "source_name",
        "domain", "media", "newspaper",
    ),
    "author": ("author", "byline", "authors", "creator", "writer"),
}  # fmt: skip
"""Accepted field names per article attribute, most specific first (matched case-insensitively)."""


@dataclass(frozen=True, slots=True)
class RawRecord:
    """An article as a reader found it, before cleaning and identity.

    `key` is the source's own stable name for the article when it has no URL
    (a feed entry's id): the article keeps its id when its text changes.
    `given` is the whole of what the source gave when the reader took the
    article out of it (a text file's text, a page's HTML): without URL or key
    the id hashes it alone, else `text` with the title, date and outlet as given.
    """

    text: str
    title: str | None = None
    url: str | None = None
    key: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: object = None
    published_source: PublishedSource = "metadata"
    path: str | None = None
    given: str | None = None


def _as_text(value: Any) -> str | None:
    """A field value as a string: names out of {"name": ...} objects, lists joined."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        return _as_text(value.get("name") or value.get("title") or value.get("id"))
    if isinstance(value, list | tuple):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def record_from_mapping(obj: Mapping[str, Any], path: str | None = None) -> RawRecord:
    """A RawRecord from a JSON object or CSV row using the common field names.

    Raises ValueError when no text field is present.
    """
    lower = {str(k).strip().lower(): v for k, v in obj.items()}

    def pick(attr: str) -> Any:
        for name in FIELD_NAMES[attr]:
            value = lower.get(name)
            if value not in (None, "", [], {}):
                return value
        return None

    text = _as_text(pick("text"))
    if text is None:
        names = ", ".join(FIELD_NAMES["text"][:3])
        raise ValueError(f"no article text (looked for fields {names}, ...)")
    raw_date = pick("published")
    published = raw_date if isinstance(raw_date, int | float) else _as_text(raw_date)
    return RawRecord(
        text=text,
        title=_as_text(pick("title")),
        url=_as_text(pick("url")),
        outlet=_as_text(pick("outlet")),
        author=_as_text(pick("author")),
        published=published,
        path=path,
    )


def _date(rec: RawRecord, item: str) -> tuple[str | None, PublishedSource, Flag | None]:
    try:
        published = normalize_published(rec.published)
    except (ValueError, OverflowError, OSError) as exc:
        log.warning("%s: %s; stored undated", item, exc)
        flag = Flag(
            code="published-unreadable",
            severity="warning",
            message=f"publication date {str(rec.published)[:60]!r} unreadable ({exc}); undated",
        )
        return None, "none", flag
    if published:
        return published, rec.published_source, None
    from_url = date_from_url(rec.url) if rec.url else None
    if from_url:
        return from_url, "url", None
    return None, "none", None


def _given(value: object) -> str | None:
    """A metadata value as the source wrote it (a timestamp number as its digits)."""
    return None if value is None else str(value)


def source_id(rec: RawRecord, url: str | None) -> str:
    """The article's id from what the source gave, before any cleaning (see identity)."""
    if rec.given is not None:
        return article_id(url, rec.given, key=rec.key)
    return article_id(
        url,
        rec.text,
        published=_given(rec.published),
        outlet=rec.outlet,
        title=rec.title,
        key=rec.key,
    )


def build_article(rec: RawRecord, item: str) -> Article | InputError:
    """The unannotated Article for `rec`, or an InputError when nothing of it is usable."""
    raw_text = html_fragment_to_text(rec.text) if looks_like_html(rec.text) else rec.text
    text = clean_body(raw_text, author=rec.author)
    if not text:
        return InputError(item, "no article text after removing boilerplate")
    published, source, flag = _date(rec, item)
    url = rec.url if rec.url and rec.url.lower().startswith(("http://", "https://")) else None
    title = " ".join(rec.title.split()) if rec.title else None
    if not title:
        # a headline set as the body's first line is the title, not a sentence of the story
        title, text = split_headline(text)
    if not title:
        # a headline run into the first sentence on one line leaves the body, too
        title, text = split_run_in_headline(text)
    return Article(
        id=source_id(rec, url),
        text=text,
        title=title,
        url=url,
        path=rec.path,
        outlet=rec.outlet,
        author=rec.author,
        published=published,
        published_source=source,
        content_hash=content_hash(text),
        flags=tuple(f for f in (flag, not_news_flag(text)) if f is not None),
    )


def with_decoding_flag(item: Article | InputError, decoded: Decoded) -> Article | InputError:
    """`item` flagged (warning) when bytes of the content it came from were replaced.

    The flag travels with the article, so the ingest summary can name the item
    and a reader of the article sees why a character looks wrong.
    """
    warning = decoded.warning
    if warning is None or not isinstance(item, Article):
        return item
    flag = Flag(code=DECODING_FLAG, severity="warning", message=warning)
    return replace(item, flags=(*item.flags, flag))
