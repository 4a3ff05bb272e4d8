"""Collections of articles: JSON (object or array), JSONL (streamed) and CSV.

Field names vary by exporter, so each record goes through the common names of
`records.FIELD_NAMES`. One bad record (not JSON, no text) is an error naming
its line or record number; the others are still read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from storyline.errors import InputError
from storyline.ingest.decode import Decoded
from storyline.ingest.options import ReadContext
from storyline.ingest.records import build_article, record_from_mapping, with_decoding_flag
from storyline.model import Article

__all__ = ["read_csv", "read_json", "read_jsonl"]

_TOO_DEEP = "JSON nested too deeply to read (arrays or objects inside each other)"
_CONTAINER_KEYS = ("articles", "items", "data", "results", "entries", "docs", "documents", "news")


def _record_path(ctx: ReadContext, obj: Mapping[str, Any], number: int) -> str | None:
    """`file#key`: the record's own id when it has one, else its number in the file."""
    if ctx.path is None:
        return None
    own = obj.get("id")
    key = own if isinstance(own, str | int) and not isinstance(own, bool) and own != "" else number
    return f"{ctx.path}#{key}"


def _one(obj: Any, ctx: ReadContext, item: str, number: int) -> Article | InputError:
    if not isinstance(obj, Mapping):
        return InputError(item, f"expected a JSON object, got {type(obj).__name__}")
    try:
        record = record_from_mapping(obj, path=_record_path(ctx, obj, number))
    except ValueError as exc:
        return InputError(item, str(exc))
    if record.url is None and ctx.url is not None and number == 0:
        record = replace(record, url=ctx.url)
    return build_article(record, item)


def read_json(text: str, ctx: ReadContext) -> Iterator[Article | InputError]:
    """A JSON article, an array of them, or an object holding one ("articles": [...])."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield InputError(ctx.item, _TOO_DEEP)
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects one per line: really JSONL
            yield from read_jsonl(io.StringIO(text), ctx)
            return
        yield InputError(ctx.item, f"not JSON ({exc.msg} at line {exc.lineno})")
        return
    if isinstance(data, Mapping):
        inner = next((data[k] for k in _CONTAINER_KEYS if isinstance(data.get(k), list)), None)
        if inner is None:
            yield _one(data, ctx, ctx.item, 0)
            return
        data = inner
    if not isinstance(data, list):
        yield InputError(ctx.item, f"expected a JSON object or array, got {type(data).__name__}")
        return
    if not data:
        yield InputError(ctx.item, "empty JSON array (no articles)")
        return
    for number, obj in enumerate(data, 1):
        yield _one(obj, ctx, f"{ctx.item} record {number}", number)


def read_jsonl(lines: Iterable[str | Decoded], ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article per line, streamed; a line over max_bytes or not JSON is an error.

    A line given `Decoded` (read in another encoding, or with bytes replaced)
    flags its article when bytes were replaced.
    """
    limit = ctx.options.max_bytes
    seen = False
    for number, entry in enumerate(lines, 1):
        line = entry.text if isinstance(entry, Decoded) else entry
        if not line.strip():
            continue
        seen = True
        item = f"{ctx.item} line {number}"
        if len(line) > limit:
            yield InputError(item, f"line longer than max_bytes ({limit} bytes)")
            continue
        try:
            obj = json.loads(line)
        except RecursionError:
            yield InputError(item, _TOO_DEEP)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(item, f"not JSON ({exc.msg})")
            continue
        found = _one(obj, ctx, item, number)
        yield with_decoding_flag(found, entry) if isinstance(entry, Decoded) else found
    if not seen:
        yield InputError(ctx.item, "empty file (no JSON lines)")


def read_csv(text: str, ctx: ReadContext) -> Iterator[Article | InputError]:
    """One article per row, columns named by a header row (tab-separated for .tsv)."""
    sample = text[:8192]
    delimiter = "\t" if (ctx.path or ctx.item).lower().endswith(".tsv") else ","
    if delimiter == "," and sample.count("\t") > sample.count(",") and "\t" in sample:
        delimiter = "\t"
    csv.field_size_limit(min(sys.maxsize, max(ctx.options.max_bytes, 131072)))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = 0
    try:
        for number, row in enumerate(reader, 1):
            rows += 1
            item = f"{ctx.item} row {number}"
            if None in row:
                yield InputError(item, "more fields than the header names")
                continue
            cleaned = {k: v for k, v in row.items() if k is not None}
            yield _one(cleaned, ctx, item, number)
    except csv.Error as exc:
        yield InputError(f"{ctx.item} line {reader.line_num}", f"malformed CSV ({exc})")
    if rows == 0:
        yield InputError(ctx.item, "no CSV rows under the header")
