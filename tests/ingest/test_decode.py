"""Bytes to text: mixed and unlabelled encodings, declared charsets, what was replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storyline.ingest.decode import declared_charset, decode_bytes
from storyline.ingest.records import DECODING_FLAG
from storyline.model import Article

Reader = Callable[..., list[object]]


def test_utf8_with_a_few_bad_bytes_is_not_read_whole_as_latin1() -> None:
    data = "Zürich und Genf: Grüße vom Minister.".encode() + b" Caf\xe9 am See."
    found = decode_bytes(data)
    assert found.text == "Zürich und Genf: Grüße vom Minister. Café am See."
    assert "Ã" not in found.text
    assert found.encoding == "utf-8" and found.replaced == 1
    assert found.warning is not None and "not valid UTF-8" in found.warning


def test_invalid_bytes_with_no_windows_1252_character_become_replacement_marks() -> None:
    found = decode_bytes("Grüße aus Köln.".encode() + b" \x81\x81 end")
    assert found.text.endswith("\ufffd\ufffd end") and found.replaced == 2


def test_valid_utf8_has_no_warning() -> None:
    found = decode_bytes("Grüße aus Köln, “quoted”.".encode())
    assert found.replaced == 0 and found.warning is None


def test_unlabelled_legacy_encodings_are_detected() -> None:
    russian = "Правительство объявило во вторник новые меры, сообщили в Москве."
    assert decode_bytes(russian.encode("cp1251")).text == russian
    greek = "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για την οικονομία."
    assert decode_bytes(greek.encode("cp1253")).text == greek
    french = "Les négociations ont repris à Genève mardi, a déclaré le ministre."
    assert decode_bytes(french.encode("cp1252")).text == french


def test_windows_1252_quotes_in_a_short_text() -> None:
    assert decode_bytes(b"\x93quoted\x94 caf\xe9").text == "\u201cquoted\u201d café"


def test_a_declared_charset_is_followed_only_when_the_bytes_fit_it() -> None:
    russian = "Новые меры объявлены во вторник."
    html = b'<html><head><meta charset="windows-1251"></head><body>' + russian.encode("cp1251")
    assert declared_charset(html) == "windows-1251"
    assert russian in decode_bytes(html, declared_charset(html)).text
    lying = b"caf\xe9 cr\xe8me br\xfbl\xe9e"  # labelled UTF-8, really Windows-1252
    assert decode_bytes(lying, "utf-8").text == "café crème brûlée"


def test_declared_charset_from_content_type_and_xml() -> None:
    assert declared_charset(b"<p>x</p>", "text/html; charset=ISO-8859-1") == "ISO-8859-1"
    assert declared_charset(b'<?xml version="1.0" encoding="koi8-r"?><rss/>') == "koi8-r"
    assert declared_charset(b"plain text") is None


def test_a_file_with_replaced_bytes_flags_its_article(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        b" date 2024-05-01 " + "Der Bürgermeister von Zürich sprach.".encode() + b" \x81"
    )
    (article,) = read(path)
    assert isinstance(article, Article)
    flags = [f for f in article.flags if f.code == DECODING_FLAG]
    assert flags and flags[0].severity == "warning"


def test_jsonl_lines_are_decoded_one_by_one(tmp_path: Path, read: Reader) -> None:
    good = '{"text": "Zürich hat am Dienstag gewählt, sagte der Sprecher der Stadt."}\n'
    legacy = '{"text": "Genève a voté mardi, a déclaré le porte-parole de la ville."}\n'
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good.encode() + legacy.encode("cp1252"))
    first, second = read(path)
    assert isinstance(first, Article) and "Zürich" in first.text and not first.flags
    assert isinstance(second, Article) and "Genève" in second.text
