"""Lists of names read as one mention (entities/name_lists.py)."""

from __future__ import annotations

from storyline.analyze.entities.name_lists import split_name_lists
from storyline.analyze.entities.prepare import RawMention


def _split(text: str, surface: str, label: str) -> list[tuple[str, str]]:
    start = text.index(surface)
    raw = [RawMention(start, start + len(surface), label)]
    return [(text[m.start : m.end], m.label) for m in split_name_lists(text, raw)]


def test_bodies_joined_by_commas_are_split() -> None:
    text = "Firms -- including Tarvo , Harlow Mutual Group and Vell Bank -- failed."
    got = _split(text, "Tarvo , Harlow Mutual Group", "ORG")
    assert got == [("Tarvo", "ORG"), ("Harlow Mutual Group", "ORG")]


def test_people_joined_by_commas_are_split() -> None:
    text = "Ana Ruiz, Ivo Marr, Lena Tosk met."
    got = _split(text, "Ana Ruiz, Ivo Marr, Lena Tosk", "PERSON")
    assert got == [("Ana Ruiz", "PERSON"), ("Ivo Marr", "PERSON"), ("Lena Tosk", "PERSON")]


def test_a_closing_form_a_lower_case_part_or_a_place_keeps_its_comma() -> None:
    text = "Tarvo Mining , Inc. sued Ivo Marr , Jr. in Tarn , Delvania over Vell , the firm."
    assert _split(text, "Tarvo Mining , Inc.", "ORG") == [("Tarvo Mining , Inc.", "ORG")]
    assert _split(text, "Ivo Marr , Jr.", "PERSON") == [("Ivo Marr , Jr.", "PERSON")]
    assert _split(text, "Tarn , Delvania", "GPE") == [("Tarn , Delvania", "GPE")]
    assert _split(text, "Vell , the firm", "ORG") == [("Vell , the firm", "ORG")]


def test_a_series_inside_one_name_keeps_its_commas() -> None:
    text = "Its Tarn Maintenance, Repair and Overhaul unit and Vell, Marr & Tosk grew."
    got = _split(text, "Tarn Maintenance, Repair and Overhaul", "ORG")
    assert got == [("Tarn Maintenance, Repair and Overhaul", "ORG")]
    assert _split(text, "Vell, Marr & Tosk", "ORG") == [("Vell, Marr & Tosk", "ORG")]
