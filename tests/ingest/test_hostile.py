"""Hostile input, generated: every reader gives articles or clear errors, never an exception.

Property-based (hypothesis) over random bytes and Unicode for each format, plus
generated attacks: deep nesting, huge attributes, lying WARC lengths, gzip and
zip bombs, a CSV with a huge field. Each case must end in bounded time (the
hypothesis deadline) with only Article or InputError items, and the good item
beside a bad one is still read. Example counts are small so `make test` stays fast.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest.decode import decode_bytes
from storyline.ingest.options import IngestOptions, ReadContext
from storyline.ingest.source import read_bytes, read_stream
from storyline.model import Article

SMALL = IngestOptions(max_bytes=256 * 1024)
FORMATS = ("text", "html", "json", "jsonl", "csv", "feed", "warc")
GOOD = "The ferry resumed service on Friday after the storm passed, the operator said."
FAST = settings(
    max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def _ctx(name: str = "item") -> ReadContext:
    return ReadContext(item=name, options=SMALL, path=name)


def _all_items(items: object) -> list[Article | InputError]:
    out = list(items)  # type: ignore[call-overload]
    assert all(isinstance(i, Article | InputError) for i in out), out
    for item in out:
        if isinstance(item, Article):
            assert item.text.strip() and item.id
        else:
            assert item.item and item.reason
    return out


@FAST
@given(data=st.binary(max_size=4096), fmt=st.sampled_from(FORMATS))
def test_random_bytes_in_any_format(data: bytes, fmt: str) -> None:
    _all_items(read_bytes(data, fmt, _ctx()))  # type: ignore[arg-type]


@FAST
@given(data=st.binary(max_size=4096), name=st.sampled_from(["a.txt", "a.gz", "a.zip", "a.tar"]))
def test_random_bytes_through_sniffing(data: bytes, name: str) -> None:
    _all_items(read_stream(io.BytesIO(data), name, _ctx(name)))


@FAST
@given(text=st.text(max_size=2000), fmt=st.sampled_from(FORMATS))
def test_random_unicode_in_any_format(text: str, fmt: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _all_items(read_bytes(data, fmt, _ctx()))  # type: ignore[arg-type]


@FAST
@given(data=st.binary(max_size=8192))
def test_decoding_never_raises_anything_but_value_error(data: bytes) -> None:
    try:
        found = decode_bytes(data)
    except ValueError:
        return
    assert isinstance(found.text, str) and found.replaced >= 0


@FAST
@given(
    obj=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids),
        max_leaves=30,
    )
)
def test_random_json_documents(obj: object) -> None:
    line = json.dumps(obj)
    _all_items(read_bytes(line.encode(), "json", _ctx()))
    _all_items(read_bytes((line + "\n" + json.dumps({"text": GOOD})).encode(), "jsonl", _ctx()))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_deep_nesting(fmt: str) -> None:
    deep = "[" * 60_000 + "]" * 60_000
    items = _all_items(read_bytes(f"{deep}\n{json.dumps({'text': GOOD})}\n".encode(), fmt, _ctx()))
    assert any(isinstance(i, InputError) for i in items)
    if fmt == "jsonl":
        assert any(isinstance(i, Article) for i in items)  # the rest of the batch kept


def test_deep_html_and_huge_attributes() -> None:
    deep = "<div>" * 50_000 + GOOD + "</div>" * 50_000
    _all_items(read_bytes(deep.encode(), "html", _ctx()))
    wide = f'<html><body><p title="{"x" * 200_000}">{GOOD}</p></body></html>'
    _all_items(read_bytes(wide.encode(), "html", _ctx()))


def _warc_record(body: bytes, declared: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


@pytest.mark.parametrize("delta", [-40, 10_000_000, -10_000])
def test_lying_warc_lengths(delta: int) -> None:
    page = f"<html><body><article><p>{GOOD}</p></article></body></html>".encode()
    body_len = len(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n") + len(page)
    data = _warc_record(page, max(0, body_len + delta))
    _all_items(read_stream(io.BytesIO(data), "a.warc", _ctx("a.warc")))


def test_gzip_bomb_is_cut_at_max_bytes() -> None:
    bomb = gzip.compress(b"A" * (8 * 1024 * 1024))  # 8 MB of one byte: about 8 kB packed
    (error,) = _all_items(read_stream(io.BytesIO(bomb), "x.txt.gz", _ctx("x.txt.gz")))
    assert isinstance(error, InputError) and "limit" in error.reason


def test_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"\x00" * (20 * 1024 * 1024))
        zf.writestr("good.txt", GOOD)
    items = _all_items(read_stream(io.BytesIO(buffer.getvalue()), "b.zip", _ctx("b.zip")))
    assert any(isinstance(i, Article) for i in items)
    assert any(isinstance(i, InputError) and "bomb.txt" in i.item for i in items)


def test_csv_with_a_huge_field() -> None:
    huge = "x" * (SMALL.max_bytes - 1000)
    text = f'text,title\n"{huge}",big\n"{GOOD}",ok\n'
    items = _all_items(read_bytes(text.encode(), "csv", _ctx("a.csv")))
    assert any(isinstance(i, Article) and i.title == "ok" for i in items)
    unterminated = f'text,title\n"{GOOD}",ok\n"{huge}'
    _all_items(read_bytes(unterminated.encode(), "csv", _ctx("b.csv")))
