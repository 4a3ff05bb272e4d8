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
from collections.abc import Callable, Iterator
from typing import IO, AnyStr
from urllib.parse import urlsplit

from storyline.errors import InputError
from storyline.ingest.archives import (
    ARCHIVE_TOTAL_FACTOR,
    CONTAINER_MAGIC,
    MAX_NESTING,
    read_tar,
    read_zip,
)
from storyline.ingest.decode import Decoded, declared_charset, decode_bytes
from storyline.ingest.discover import discover
from storyline.ingest.options import IngestOptions, ReadContext, Source
from storyline.ingest.readers.tabular import read_csv, read_json, read_jsonl
from storyline.ingest.readers.text import read_text
from storyline.ingest.records import with_decoding_flag
from storyline.ingest.sniff import Format, sniff_format, strip_gz_suffix
from storyline.model import Article

__all__ = ["read_bytes", "read_source", "read_stream"]

log = logging.getLogger("storyline.ingest")

_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 8192
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, OSError)


def _warc() -> Callable[[IO[bytes], ReadContext], Iterator[Article | InputError]]:
    """The WARC reader, imported when a WARC file is met: warcio, trafilatura (HTML),
    feedparser and httpx (URLs) are imported only by the inputs that need them, so an
    ingest of JSONL or text files starts without them."""
    from storyline.ingest.readers.warc import read_warc

    return read_warc


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
    from storyline.ingest.fetch import fetch_url

    try:
        result = fetch_url(url, options)
    except InputError as exc:
        yield exc
        return
    if not result.content:
        yield InputError(url, f"empty response (HTTP {result.status})")
        return
    ctx = ReadContext(
        item=url, options=options, url=result.final_url, content_type=result.content_type
    )
    name = urlsplit(result.final_url).path
    yield from read_stream(io.BytesIO(result.content), name, ctx)


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
    limit = _file_limit(location, options)
    if info.st_size > limit:
        yield InputError(
            location, f"file is {_mb(info.st_size)}, over the {_mb(limit)} limit (max_bytes)"
        )
        return
    ctx = ReadContext(item=location, options=options, path=location)
    try:
        with open(location, "rb") as handle:
            yield from read_stream(handle, location, ctx)
    except OSError as exc:
        yield InputError(location, f"cannot read ({exc.strerror or exc})")


def _file_limit(location: str, options: IngestOptions) -> int:
    """Largest file read: max_bytes, or a multiple of it for what is read member by member.

    Archives, gzip, WARC and JSONL never reach memory whole (each member, record
    or line is bounded by max_bytes), so a dump of many articles may be larger.
    """
    streamed = location.lower().endswith((".jsonl", ".ndjson"))
    if not streamed:
        try:
            with open(location, "rb") as handle:
                head = handle.read(512)
        except OSError:
            return options.max_bytes  # reading it will report why
        streamed = head.startswith(CONTAINER_MAGIC) or head[257:262] == b"ustar"
    return options.max_bytes * (ARCHIVE_TOTAL_FACTOR if streamed else 1)


def read_stream(
    handle: IO[bytes], name: str, ctx: ReadContext, depth: int = 0
) -> Iterator[Article | InputError]:
    """Sniff, decompress and dispatch a seekable byte stream (a file, a response, a member).

    `depth` counts the archives around it: an archive deeper than
    `archives.MAX_NESTING` is refused rather than opened.
    """
    magic = handle.read(2)
    handle.seek(0)
    if magic == _GZIP_MAGIC:
        yield from _read_gzip(handle, strip_gz_suffix(name), ctx, depth)
        return
    head = handle.read(_HEAD)
    try:
        fmt = sniff_format(name, head, ctx.content_type)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    handle.seek(0)
    if fmt in ("zip", "tar"):
        yield from _read_archive(handle, fmt, ctx, depth)
    elif fmt == "warc":
        yield from _warc()(handle, ctx)
    elif fmt == "jsonl":
        yield from read_jsonl(_decoded_lines(handle, head, ctx.options.max_bytes), ctx)
    else:
        yield from read_bytes(handle.read(ctx.options.max_bytes + 1), fmt, ctx)


def _read_archive(
    handle: IO[bytes], fmt: Format, ctx: ReadContext, depth: int
) -> Iterator[Article | InputError]:
    if depth > MAX_NESTING:
        yield InputError(ctx.item, f"archive nested more than {MAX_NESTING} deep; not opened")
        return
    reader = read_zip if fmt == "zip" else read_tar
    yield from reader(handle, ctx, read_stream, depth)


def _read_gzip(
    handle: IO[bytes], inner_name: str, ctx: ReadContext, depth: int
) -> Iterator[Article | InputError]:
    limit = ctx.options.max_bytes
    try:
        with gzip.GzipFile(fileobj=handle) as gz:
            head = gz.read(_HEAD)
    except _GZIP_ERRORS as exc:
        yield InputError(ctx.item, f"truncated or corrupt gzip ({exc or type(exc).__name__})")
        return
    try:
        fmt = sniff_format(inner_name, head, ctx.content_type)
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    handle.seek(0)
    if fmt == "warc":  # warcio reads per-record gzip members itself
        yield from _warc()(handle, ctx)
        return
    if fmt == "tar":  # tarfile streams the gzip itself, member by bounded member
        yield from _read_archive(handle, fmt, ctx, depth)
        return
    gz = gzip.GzipFile(fileobj=handle)
    if fmt == "jsonl":
        try:
            yield from read_jsonl(_decoded_lines(gz, head, limit), ctx)
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
    if fmt == "zip":
        yield from _read_archive(io.BytesIO(data), fmt, ctx, depth)
        return
    yield from read_bytes(data, fmt, ctx)


def _decoded_lines(
    stream: IO[bytes] | gzip.GzipFile, head: bytes, limit: int
) -> Iterator[str | Decoded]:
    """Lines of a JSONL stream, each decoded on its own (dumps mix encodings line by line).

    A UTF-16 file (it starts with its BOM) is decoded as one text stream. A line
    longer than `limit` is yielded cut (and so reported), never held whole.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text_stream = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline="")
        yield from _limited_lines(text_stream.readline, "\n", limit)
        return
    first = True
    for raw in _limited_lines(stream.readline, b"\n", limit):
        if first and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        first = False
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield _decode_line(raw)


def _decode_line(raw: bytes) -> str | Decoded:
    try:
        return decode_bytes(raw)
    except ValueError:  # control-heavy or binary-looking: the JSON parser names the line
        return raw.decode("utf-8", errors="replace")


def _limited_lines(
    readline: Callable[[int], AnyStr], newline: AnyStr, limit: int
) -> Iterator[AnyStr]:
    """Lines from `readline`; a line longer than `limit` is yielded cut (and so reported)."""
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(newline):
            while True:  # skip the rest of the over-long line without keeping it
                rest = readline(limit)
                if not rest or rest.endswith(newline):
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
        from storyline.ingest.readers.feed import read_feed

        yield from read_feed(data, ctx)
        return
    if fmt == "warc":
        yield from _warc()(io.BytesIO(data), ctx)
        return
    try:
        decoded = decode_bytes(data, declared_charset(data, ctx.content_type))
    except ValueError as exc:
        yield InputError(ctx.item, str(exc))
        return
    for item in _read_text_format(decoded.text, fmt, ctx):
        yield with_decoding_flag(item, decoded)


def _read_text_format(text: str, fmt: Format, ctx: ReadContext) -> Iterator[Article | InputError]:
    if fmt == "html":
        from storyline.ingest.readers.html import read_html

        yield from read_html(text, ctx)
    elif fmt == "json":
        yield from read_json(text, ctx)
    elif fmt == "jsonl":
        yield from read_jsonl(io.StringIO(text), ctx)
    elif fmt == "csv":
        yield from read_csv(text, ctx)
    else:
        yield from read_text(text, ctx)
