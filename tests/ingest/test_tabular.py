from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Article

Reader = Callable[..., list[object]]

TEXT_A = "The port reopened on Monday after a two-day strike, the union said."
TEXT_B = "Wheat prices rose sharply as exports slowed, traders reported on Friday."


def test_json_array_with_varied_field_names(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "arts.json"
    records = [
        {"id": "x1", "headline": "Port reopens", "body": TEXT_A,
         "pubDate": "Mon, 04 Mar 2024 10:00:00 GMT", "link": "https://example.org/port",
         "source": {"id": "ex", "name": "Example Org"},
         "byline": "A. Writer"},
        {"title": "Wheat", "content": TEXT_B, "publish_date": "2024-03-08", "outlet": "Farm Daily"},
    ]  # fmt: skip
    path.write_text(json.dumps(records))
    a, b = read(path)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.title, a.text, a.outlet, a.author) == (
        "Port reopens",
        TEXT_A,
        "Example Org",
        "A. Writer",
    )
    assert (a.published, a.published_source) == ("2024-03-04T10:00:00", "metadata")
    assert a.url == "https://example.org/port" and a.path == f"{path}#x1"
    assert (b.title, b.outlet, b.published, b.path) == (
        "Wheat",
        "Farm Daily",
        "2024-03-08",
        f"{path}#2",
    )


def test_json_single_object_and_container(tmp_path: Path, read: Reader) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": TEXT_A, "date": "2020-02-02"}))
    (art,) = read(one)
    assert isinstance(art, Article) and art.published == "2020-02-02"
    box = tmp_path / "box.json"
    box.write_text(json.dumps({"status": "ok", "articles": [{"text": TEXT_A}, {"text": TEXT_B}]}))
    assert [type(x) for x in read(box)] == [Article, Article]


def test_jsonl_bad_line_reported_rest_read(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"text": TEXT_A, "time": "2011-01-25"}) + "\n"
        + "{not json\n\n"
        + json.dumps({"title": "no text"}) + "\n"
        + json.dumps(["a", "list"]) + "\n"
        + json.dumps({"text": TEXT_B, "published": "garbage date"}) + "\n"
    )  # fmt: skip
    items = read(path)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "InputError", "InputError", "InputError", "Article"]
    bad = items[1]
    assert isinstance(bad, InputError) and bad.item == f"{path} line 2" and "not JSON" in bad.reason
    last = items[4]
    assert isinstance(last, Article) and last.published is None and last.flags


def test_jsonl_line_over_limit(tmp_path: Path, read: Reader) -> None:
    # compressed, the file is under the limit; one decompressed line is over it
    path = tmp_path / "long.jsonl.gz"
    lines = json.dumps({"text": "word " * 400}) + "\n" + json.dumps({"text": TEXT_A}) + "\n"
    path.write_bytes(gzip.compress(lines.encode()))
    first, second = read(path, max_bytes=1000)
    assert isinstance(first, InputError) and "max_bytes" in first.reason
    assert isinstance(second, Article) and second.text == TEXT_A


def test_csv_rows(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "arts.csv"
    path.write_text(
        "Headline,Text,Date,URL,Site\n"
        f'"Port, reopened","{TEXT_A}",2024-03-04,https://example.org/2024/03/04/port,Example\n'
        ",,,,\n"
        f'Wheat,"{TEXT_B}",,,\n'
    )
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    first = items[0]
    assert (
        isinstance(first, Article) and first.title == "Port, reopened" and first.outlet == "Example"
    )
    assert first.published == "2024-03-04"
    err = items[1]
    assert isinstance(err, InputError) and err.item == f"{path} row 2"


def test_empty_json_array_is_an_error(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "none.json"
    path.write_text("[]")
    (err,) = read(path)
    assert isinstance(err, InputError) and "empty" in err.reason


def test_jsonl_in_utf16(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_text(
        json.dumps({"text": "Grüße aus Köln, sagte der Bürgermeister."}) + "\n", "utf-16"
    )
    (art,) = read(path)
    assert isinstance(art, Article) and art.text == "Grüße aus Köln, sagte der Bürgermeister."
