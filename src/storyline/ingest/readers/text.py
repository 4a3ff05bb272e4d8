"""Plain text articles: the seed format (` date YYYY-MM-DD ` header) and front matter.

The seed format puts the publication date in the first characters; a file
without it is undated (never today). Text and Markdown files may carry a
YAML-style front matter block (--- key: value ---); only flat `key: value`
lines are read, which is all article metadata needs and cannot execute
anything the way a full YAML loader could.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from storyline.errors import InputError
from storyline.ingest.options import ReadContext
from storyline.ingest.records import RawRecord, build_article, record_from_mapping
from storyline.model import Article

__all__ = ["parse_front_matter", "read_text"]

_SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_MD_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, body) of a text with a --- front matter block; ({}, text) without one."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = _KEY_VALUE.match(line)
        if kv is None:
            continue
        value = kv.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            meta[kv.group(1).lower()] = value
    return meta, text[m.end() :]


def read_text(text: str, ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article from a text file: seed header date, or front matter, or undated."""
    if not text.strip():
        yield InputError(ctx.item, "empty file (no text)")
        return
    seed = _SEED_HEADER.match(text)
    if seed is not None:
        record = RawRecord(
            text=text[seed.end() :],
            published=seed.group(1),
            published_source="header",
            url=ctx.url,
            path=ctx.path,
            given=text,
        )
        yield build_article(record, ctx.item)
        return
    meta, body = parse_front_matter(text)
    title = None
    md = _MD_TITLE.match(body)
    if md is not None and "title" not in meta and "headline" not in meta:
        title, body = md.group(1), body[md.end() :]
    try:
        record = record_from_mapping({**meta, "text": body}, path=ctx.path)
    except ValueError:
        yield InputError(ctx.item, "no article text after the front matter")
        return
    record = replace(record, title=record.title or title, url=record.url or ctx.url, given=text)
    yield build_article(record, ctx.item)
