"""Compression, folders and the bad-input cases of issue 2, through read_source."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest import IngestOptions, discover, read_source
from storyline.model import Article

Reader = Callable[..., list[object]]

TEXT = "The new tram line opened on Saturday, carrying thousands of passengers, the city said."


def _error(items: list[object]) -> InputError:
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


def test_gz_of_text_json_and_jsonl(tmp_path: Path, read: Reader) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(f" date 2019-06-01 {TEXT}".encode()))
    (tmp_path / "b.json.gz").write_bytes(gzip.compress(json.dumps([{"text": TEXT}]).encode()))
    lines = "".join(json.dumps({"id": i, "text": f"{TEXT} Number {i}."}) + "\n" for i in range(3))
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (a,) = read(tmp_path / "a.txt.gz")
    assert isinstance(a, Article) and (a.published, a.published_source) == ("2019-06-01", "header")
    (b,) = read(tmp_path / "b.json.gz")
    assert isinstance(b, Article) and b.text == TEXT
    c = read(tmp_path / "c.jsonl.gz")
    assert [x.path for x in c if isinstance(x, Article)] == [
        f"{tmp_path / 'c.jsonl.gz'}#{i}" for i in range(3)
    ]


def test_truncated_gz_is_an_error_for_that_item(tmp_path: Path, read: Reader) -> None:
    data = gzip.compress((TEXT + " ").encode() * 200)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    err = _error(read(path))
    assert err.item == str(path) and "gzip" in err.reason


def test_truncated_jsonl_gz_keeps_lines_before_the_cut(tmp_path: Path, read: Reader) -> None:
    lines = "".join(json.dumps({"text": f"{TEXT} Line {i} of many."}) + "\n" for i in range(400))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: int(len(data) * 0.7)])
    items = read(path)
    assert isinstance(items[-1], InputError) and "gzip" in items[-1].reason
    assert sum(isinstance(i, Article) for i in items) > 10


def test_binary_empty_and_missing_files(tmp_path: Path, read: Reader) -> None:
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert "binary" in _error(read(pdf)).reason
    blob = tmp_path / "blob.json"
    blob.write_bytes(bytes(range(256)) * 4)
    assert "binary" in _error(read(blob)).reason
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in _error(read(empty)).reason
    blank = tmp_path / "blank.md"
    blank.write_text("  \n\n ")
    assert "empty" in _error(read(blank)).reason
    assert "no such file" in _error(read(tmp_path / "nope.txt")).reason


def test_huge_file_refused_without_reading(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    start = time.monotonic()
    err = _error(read(path))
    assert time.monotonic() - start < 1.0
    assert "200.0 MB" in err.reason and "max_bytes" in err.reason


def test_gzip_bomb_cut_at_max_bytes(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a " * (2 * 1024 * 1024)))
    err = _error(read(path, max_bytes=1024 * 1024))
    assert "decompressed size" in err.reason


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text(TEXT + " B.")
    (tmp_path / "sub" / "a.txt").write_text(TEXT + " A.")
    (tmp_path / "sub" / "deeper" / "c.json").write_text(json.dumps({"text": TEXT + " C."}))
    (tmp_path / ".secret.txt").write_text("hidden")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    sources = discover([str(tmp_path), "https://example.org/feed", str(tmp_path / "missing")])
    names = [s.location for s in sources]
    assert names == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "a.txt"),
        str(tmp_path / "sub" / "deeper" / "c.json"),
        "https://example.org/feed",
        str(tmp_path / "missing"),
    ]
    assert [s.kind for s in sources] == ["file", "file", "file", "url", "file"]
    texts = [
        a.text
        for s in sources[:3]
        for a in read_source(s, IngestOptions())
        if isinstance(a, Article)
    ]
    assert [t[-2:] for t in texts] == ["B.", "A.", "C."]


def test_a_batch_goes_on_after_bad_items(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(TEXT)
    (tmp_path / "2.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "3.jsonl").write_text("{bad\n" + json.dumps({"text": TEXT + " Three."}) + "\n")
    (tmp_path / "4.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = [i for s in discover([str(tmp_path)]) for i in read_source(s, IngestOptions())]
    assert [type(i).__name__ for i in items] == [
        "Article",
        "InputError",
        "InputError",
        "Article",
        "InputError",
    ]
    assert all(str(tmp_path) in i.item for i in items if isinstance(i, InputError))


def test_read_source_on_a_folder_reads_its_files(tmp_path: Path, read: Reader) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(TEXT)
    (tmp_path / "x" / "two.txt").write_text(TEXT + " Two.")
    items = read(tmp_path / "x")
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
