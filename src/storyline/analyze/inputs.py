"""Articles given as JSON objects (the stdin contract of `analyze`, `cluster`, `timeline`).

The text is taken exactly as given: evaluation tools score offsets against it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.errors import InputError
from storyline.model import Article
from storyline.published import normalize_published

__all__ = ["article_from_input", "iter_jsonl", "read_jsonl_articles"]

_DATE_KEYS = ("published", "date", "time", "publish_date", "pubDate")


def article_from_input(obj: Any, item: str) -> Article:
    """Build an Article from one input object, or raise InputError naming `item`."""
    if not isinstance(obj, dict):
        raise InputError(item, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(item, "missing or non-string 'text'")
    raw_date = next((obj[k] for k in _DATE_KEYS if obj.get(k) not in (None, "")), None)
    try:
        published = normalize_published(raw_date)
    except (ValueError, OverflowError, OSError) as exc:
        raise InputError(item, str(exc)) from None
    content_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    art_id = obj.get("id")
    return Article(
        id=str(art_id) if art_id not in (None, "") else content_hash[:16],
        text=text,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        outlet=obj.get("outlet") if isinstance(obj.get("outlet"), str) else None,
        published=published,
        published_source="metadata" if published else "none",
        content_hash=content_hash,
    )


def iter_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, str, Any] | InputError]:
    """(line number, item name, parsed object) per non-blank line, or an InputError for bad JSON.

    The item name ("line 7 (id abc)") is what every per-line error message uses.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = f"line {number}"
        try:
            obj = json.loads(line)
        except RecursionError:
            yield InputError(item, "JSON nested too deeply to read")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(item, f"not JSON ({exc.msg})")
            continue
        if isinstance(obj, dict) and obj.get("id") not in (None, ""):
            item = f"line {number} (id {obj['id']})"
        yield number, item, obj


def read_jsonl_articles(lines: Iterable[str]) -> Iterator[Article | InputError]:
    """Parse JSONL lines; a bad line yields an InputError (naming the line) instead of stopping."""
    for parsed in iter_jsonl(lines):
        if isinstance(parsed, InputError):
            yield parsed
            continue
        _number, item, obj = parsed
        try:
            yield article_from_input(obj, item)
        except InputError as exc:
            yield exc
