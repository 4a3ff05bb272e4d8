"""A company written by its first words once named in full (issue 14, class
truncated-name): "Velmar Purina Co. ... Velmar said" shows the company as the article
names it, whatever type the recogniser gave the short form. Names invented."""

from __future__ import annotations

from storyline.analyze.entities.kind_words import longest_form
from storyline.analyze.entities.mention_labels import PreparedMention
from storyline.analyze.entities.resolve import resolve_names


def _mention(
    text: str, name: str, label: str, nth: int = 0, business: bool = False
) -> PreparedMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PreparedMention(start, start + len(name), label, name, None, business=business)


def test_a_company_first_word_typed_a_place_is_the_company() -> None:
    text = "Velmar Purina Co. reported a loss. Velmar said its battery unit would close."
    work = [
        _mention(text, "Velmar Purina", "ORG", business=True),
        _mention(text, "Velmar", "GPE", nth=1),
    ]
    assert resolve_names(text, work, []) == ["Velmar Purina", "Velmar Purina"]
    assert work[1].label == "ORG"


def test_a_first_word_written_as_a_place_stays_a_place() -> None:
    text = "Velmar Purina Co. reported a loss. Velmar said a plant in Velmar would close."
    work = [
        _mention(text, "Velmar Purina", "ORG", business=True),
        _mention(text, "Velmar", "GPE", nth=1),
        _mention(text, "Velmar", "GPE", nth=2),
    ]
    assert resolve_names(text, work, [])[1:] == ["Velmar", "Velmar"]


def test_a_first_word_typed_a_place_is_no_public_body() -> None:
    text = "The Velmar Harbour Authority met. Velmar said the port would close."
    work = [_mention(text, "Velmar Harbour Authority", "ORG"), _mention(text, "Velmar", "GPE", 1)]
    assert resolve_names(text, work, [])[1] == "Velmar"


def test_a_bank_written_shorter_is_one_bank() -> None:
    text = (
        "Quenby Savings Bank sold its branches. Quenby Savings had a loss. "
        "Quenby said it would try again."
    )
    work = [
        _mention(text, "Quenby Savings Bank", "ORG"),
        _mention(text, "Quenby Savings", "ORG", nth=1),
        _mention(text, "Quenby", "PERSON", nth=2),
    ]
    assert resolve_names(text, work, []) == ["Quenby Savings Bank"] * 3


def test_a_company_by_its_first_two_words() -> None:
    text = "Advanced Dorvan Technologies bought a unit. Sales rose, according to Advanced Dorvan."
    work = [
        _mention(text, "Advanced Dorvan Technologies", "ORG"),
        _mention(text, "Advanced Dorvan", "ORG", nth=1),
    ]
    assert resolve_names(text, work, [])[1] == "Advanced Dorvan Technologies"


def test_two_companies_starting_so_leave_the_short_form() -> None:
    text = (
        "Advanced Dorvan Technologies and Advanced Dorvan Systems merged. "
        "Sales rose, according to Advanced Dorvan."
    )
    work = [
        _mention(text, "Advanced Dorvan Technologies", "ORG"),
        _mention(text, "Advanced Dorvan Systems", "ORG"),
        _mention(text, "Advanced Dorvan", "ORG", nth=2),
    ]
    assert resolve_names(text, work, [])[2] == "Advanced Dorvan"


def test_longest_form_needs_every_name_to_start_it() -> None:
    assert longest_form({"quenby savings bank", "quenby savings"}) == "quenby savings bank"
    assert longest_form({"quenby savings bank", "quenby trust"}) is None
    assert longest_form(set()) is None


def test_a_company_named_in_full_is_not_its_unit_named_after_it() -> None:
    text = "Harlow Mae Inc. will refit jets of its Harlow Mae Air unit. Harlow Mae said so."
    work = [
        _mention(text, "Harlow Mae", "ORG", business=True),
        _mention(text, "Harlow Mae Air", "ORG"),
        _mention(text, "Harlow Mae", "ORG", nth=2),
    ]
    assert resolve_names(text, work, [])[2] == "Harlow Mae"


def test_first_words_dropping_a_units_word_stay_as_written() -> None:
    text = "Harlow Telecom Marine sent a ship. Harlow Telecom said repairs would take a week."
    work = [
        _mention(text, "Harlow Telecom Marine", "ORG"),
        _mention(text, "Harlow Telecom", "ORG", 1),
    ]
    assert resolve_names(text, work, [])[1] == "Harlow Telecom"
