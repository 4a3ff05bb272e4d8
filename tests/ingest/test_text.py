from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Article

Reader = Callable[..., list[object]]

BODY = "Heavy rain flooded the lower town on Tuesday.\n\nResidents were evacuated overnight."


def _one(items: list[object]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_seed_header_gives_header_date(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f" date 2024-03-20 {BODY}")
    art = _one(read(path))
    assert (art.published, art.published_source) == ("2024-03-20", "header")
    assert art.text == BODY
    assert art.path == str(path) and art.id.startswith("t:")


def test_no_header_is_undated_never_today(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "b.txt"
    path.write_text(BODY)
    art = _one(read(path))
    assert art.published is None and art.published_source == "none"
    assert art.text == BODY


def test_front_matter_markdown(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "c.md"
    path.write_text(
        '---\ntitle: "Floods in the lower town"\ndate: 2023-11-02\n'
        "url: https://news.example/floods?utm_source=feed\nsource: Example News\n"
        "author: Jane Roe\n---\n" + BODY
    )
    art = _one(read(path))
    assert art.title == "Floods in the lower town"
    assert (art.published, art.published_source) == ("2023-11-02", "metadata")
    assert art.outlet == "Example News" and art.author == "Jane Roe"
    assert art.url == "https://news.example/floods?utm_source=feed"
    assert art.id.startswith("u:") and art.text == BODY


def test_markdown_heading_becomes_title(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "d.md"
    path.write_text("# River bursts its banks\n\n" + BODY)
    art = _one(read(path))
    assert art.title == "River bursts its banks" and art.text == BODY


def test_url_date_when_no_metadata_date(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "e.md"
    path.write_text("---\nurl: https://news.example/2022/07/14/floods\n---\n" + BODY)
    art = _one(read(path))
    assert (art.published, art.published_source) == ("2022-07-14", "url")


def test_garbage_date_keeps_article_undated_with_flag(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "f.md"
    path.write_text("---\ndate: sometime soonish 99\n---\n" + BODY)
    art = _one(read(path))
    assert art.published is None and art.published_source == "none"
    assert [f.code for f in art.flags] == ["published-unreadable"]


def test_latin1_and_utf16_files(tmp_path: Path, read: Reader) -> None:
    text = "Le café a fermé à Genève, a déclaré le maire."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("latin-1"))
    assert _one(read(latin)).text == text
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(text, encoding="utf-16")  # with BOM
    assert _one(read(utf16)).text == text
    utf16le = tmp_path / "utf16le.txt"
    utf16le.write_bytes(text.encode("utf-16-le"))  # without BOM
    assert _one(read(utf16le)).text == text
    bom8 = tmp_path / "bom8.txt"
    bom8.write_bytes(b"\xef\xbb\xbf date 2021-01-02 " + text.encode())
    art = _one(read(bom8))
    assert art.published == "2021-01-02" and art.text == text


def test_only_front_matter_is_an_error(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "g.md"
    path.write_text("---\ntitle: Nothing here\n---\n\n")
    (err,) = read(path)
    assert isinstance(err, InputError) and str(path) in str(err)
