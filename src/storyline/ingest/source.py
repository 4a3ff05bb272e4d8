"""Read one Source (file or URL) into articles, whatever its format or compression.

Bad input never raises out of `read_source`: every failure becomes an
InputError naming the item (file, line, record, entry or URL) and the reason,
and the items after it are still read. Limits: a file over max_bytes is
refused from its size alone, gzip output is cut off at max_bytes, and JSONL is
streamed line by line so a large dump is never held whole.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import os
import stat
import zlib
from collections.abc import Iterator
from typing import IO
from urllib.parse import urlsplit

from storyline.errors import InputError
from storyline.ingest.decode import decode_text
from storyline.ingest.discover import discover
from storyline.ingest.fetch import fetch_url
from storyline.ingest.options import IngestOptions, ReadContext, Source
from storyline.ingest.readers.feed import read_feed
from storyline.ingest.readers.html import read_html
from storyline.ingest.readers.tabular import read_csv, read_json, read_jsonl
from storyline.ingest.readers.text import read_text
from storyline.ingest.readers.warc import read_warc
from storyline.ingest.sniff import Format, sniff_format, strip_gz_suffix
from storyline.model import Article

__all__ = ["read_bytes", "read_source"]

log = logging.getLogger("storyline.ingest")

_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 8192
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, OSError)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_source(source: Source, options: IngestOptions) -> Iterator[Article | InputError]:
    """Every article in `source`, or an InputError per bad item; never raises for bad input."""
    try:
        if source.kind == "url":
            yield from _read_url(source.location, options)
        else:
            yield from _read_file(source.location, options)
    except Exception as exc:  # last resort: one broken item must not stop the batch
        log.exception("unexpected error reading %s", source.location)
        yield InputError(source.location, f"internal error ({type(exc).__name__}: {exc})")


def _read_url(url: str, options: IngestOptions) -> Iterator[Article | InputError]:
    try:
        result = fetch_url(url, options)
    except InputError as exc:
        yield exc
        return
    if not result.content:
        yield InputError(url, f"empty response (HTTP {result.status})")
        return
    ctx = ReadContext(item=url, options=options, url=result.final_url)
    name = urlsplit(result.final_url).path
    yield from _read_stream(io.BytesIO(result.content), name, ctx, result.content_type)


def _read_file(location: str, options: IngestOptions) -> Iterator[Article | InputError]:
    try:
        info = os.stat(location)
    except FileNotFoundError:
        yield InputError(location, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(location, f"cannot read ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(info.st_mode):
        for inner in discover([location]):
            yield from read_source(inner, options)
        return
    if not stat.S_ISREG(info.st_mode):
        yield InputError(location, "not a regular file")
        return
    if info.st_size == 0:
        yield InputError(location, "empty file")
        return
    if info.st_size > options.max_bytes:
        yield InputError(
            location,
            f"file is {_mb(info.st_size)}, over the {_mb(options.max_bytes)} limit (max_bytes)",
        )
        return
    ctx = ReadContext(item=location, options=options, path=location)
    try:
        with open(location, "rb") as handle:
            yield from _read_stream(handle, location, ctx, None)
    except OSError as exc:
        yield InputError(location, f"cannot read ({exc.strerror or exc})")


def _read_stream(
    handle: IO[bytes], name: str, ctx: ReadContext, content_type: str | None
) -> Iterator[Article | InputError]:
    """Sniff, decompress and dispatch a seekable byte stream."""
    magic = handle.read(2)
    handle.seek(0)
    if magic == _GZIP_MAGIC:
        yield from _read_gzip(handle, strip_gz_suffix(name), ctx, content_type)
        return
    head = handle.read(_HEAD)
    try:
        fmt = sniff_format(name, head, content_type)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    handle.seek(0)
    if fmt == "warc":
        yield from read_warc(handle, ctx)
    elif fmt == "jsonl":
        encoding = _stream_encoding(head)
        text_stream = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
        yield from read_jsonl(_limited_lines(text_stream, ctx.options.max_bytes), ctx)
    else:
        yield from read_bytes(handle.read(ctx.options.max_bytes + 1), fmt, ctx)


def _read_gzip(
    handle: IO[bytes], inner_name: str, ctx: ReadContext, content_type: str | None
) -> Iterator[Article | InputError]:
    limit = ctx.options.max_bytes
    try:
        with gzip.GzipFile(fileobj=handle) as gz:
            head = gz.read(_HEAD)
    except _GZIP_ERRORS as exc:
        yield InputError(ctx.item, f"truncated or corrupt gzip ({exc or type(exc).__name__})")
        return
    try:
        fmt = sniff_format(inner_name, head, content_type)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    handle.seek(0)
    if fmt == "warc":  # warcio reads per-record gzip members itself
        yield from read_warc(handle, ctx)
        return
    gz = gzip.GzipFile(fileobj=handle)
    if fmt == "jsonl":
        encoding = _stream_encoding(head)
        text_stream = io.TextIOWrapper(gz, encoding=encoding, errors="replace", newline="")
        try:
            yield from read_jsonl(_limited_lines(text_stream, limit), ctx)
        except _GZIP_ERRORS as exc:
            reason = exc or type(exc).__name__
            yield InputError(
                ctx.item, f"truncated or corrupt gzip (lines before it were read; {reason})"
            )
        return
    try:
        data = gz.read(limit + 1)
    except _GZIP_ERRORS as exc:
        yield InputError(ctx.item, f"truncated or corrupt gzip ({exc or type(exc).__name__})")
        return
    if len(data) > limit:
        yield InputError(ctx.item, f"decompressed size over the {_mb(limit)} limit (max_bytes)")
        return
    yield from read_bytes(data, fmt, ctx)


def _stream_encoding(head: bytes) -> str:
    """Encoding for a streamed text file: UTF-16 when it starts with its BOM, else UTF-8."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _limited_lines(stream: IO[str], limit: int) -> Iterator[str]:
    """Lines of `stream`; a line longer than `limit` is yielded cut (and so reported), not held."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:  # skip the rest of the over-long line without keeping it
                rest = stream.readline(limit)
                if not rest or rest.endswith("\n"):
                    break
        yield line


def read_bytes(data: bytes, fmt: Format, ctx: ReadContext) -> Iterator[Article | InputError]:
    """Articles from the whole content of an item already known to be `fmt`."""
    if len(data) > ctx.options.max_bytes:
        yield InputError(
            ctx.item, f"content over the {_mb(ctx.options.max_bytes)} limit (max_bytes)"
        )
        return
    if not data.strip():
        yield InputError(ctx.item, "empty file (only whitespace)")
        return
    if fmt == "feed":
        yield from read_feed(data, ctx)
        return
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), ctx)
        return
    try:
        text = decode_text(data)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    if fmt == "html":
        yield from read_html(text, ctx)
    elif fmt == "json":
        yield from read_json(text, ctx)
    elif fmt == "jsonl":
        yield from read_jsonl(io.StringIO(text), ctx)
    elif fmt == "csv":
        yield from read_csv(text, ctx)
    else:
        yield from read_text(text, ctx)
