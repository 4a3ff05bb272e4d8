"""Types from a name's own words and marks: a ship's prefix makes a ship, quotation marks or a
work's noun closed by punctuation make a title; a person after a work's noun stays one."""

from __future__ import annotations

from entity_spans import mentions as _mentions

from storyline.analyze.entities import canonicalize
from storyline.analyze.entities.work_titles import written_as_work


def _labels(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.canonical, m.label) for m in canonicalize(text, _mentions(text, spans))]


def test_a_ship_prefix_makes_a_ship_and_its_name_alone_is_that_ship() -> None:
    text = (
        "The frigate sailed. HMS Quenby rescued the crew, and MV Tarvo Bay sank. "
        "Quenby then left Velmar. Tarvo Bay is a town where Quenby docked."
    )
    spans = [
        ("HMS Quenby", "PERSON"),
        ("MV Tarvo Bay", "ORG"),
        ("Quenby", "PERSON"),
        ("Tarvo Bay", "GPE"),
        ("Quenby", "PERSON"),
    ]
    assert _labels(text, spans) == [
        ("HMS Quenby", "PRODUCT"),
        ("MV Tarvo Bay", "PRODUCT"),
        ("HMS Quenby", "PRODUCT"),
        ("Tarvo Bay", "GPE"),
        ("HMS Quenby", "PRODUCT"),
    ]


def test_a_quoted_title_and_a_title_after_a_works_noun() -> None:
    text = (
        "Marisol Quenby will direct `` Harrow Tide , '' the sequel. Work on Harrow Tide "
        "starts soon. Her last sequel , Velmar Rising , was a hit; Velmar Rising sold well."
    )
    spans = [
        ("Marisol Quenby", "PERSON"),
        ("Harrow Tide", "PERSON"),
        ("Harrow Tide", "PERSON"),
        ("Velmar Rising", "GPE"),
        ("Velmar Rising", "GPE"),
    ]
    assert _labels(text, spans) == [
        ("Marisol Quenby", "PERSON"),
        ("Harrow Tide", "WORK_OF_ART"),
        ("Harrow Tide", "WORK_OF_ART"),
        ("Velmar Rising", "WORK_OF_ART"),
        ("Velmar Rising", "WORK_OF_ART"),
    ]


def test_a_title_with_a_works_noun_as_its_appositive() -> None:
    text = (
        "Marisol Quenby liked it . In New Harrow , the sequel to Tarn , she wins . "
        "New Harrow ends ."
    )
    spans = [("Marisol Quenby", "PERSON"), ("New Harrow", "GPE"), ("New Harrow", "GPE")]
    assert [label for _, label in _labels(text, spans)] == ["PERSON", "WORK_OF_ART", "WORK_OF_ART"]


def test_a_maker_after_a_works_noun_stays_a_person() -> None:
    text = (
        "The film Dana Vale directed won. Dana Vale said the movie Tarn Fields made little. "
        "Tarn Fields , the film's director , and Ivo Marr , the film director , agreed."
    )
    spans = [
        ("Dana Vale", "PERSON"),
        ("Dana Vale", "PERSON"),
        ("Tarn Fields", "PERSON"),
        ("Tarn Fields", "PERSON"),
        ("Ivo Marr", "PERSON"),
    ]
    assert [label for _, label in _labels(text, spans)] == ["PERSON"] * 5


def test_a_quoted_persons_name_written_alone_as_a_person_stays_a_person() -> None:
    text = (
        "Dana Vale , the singer , died . `` Dana Vale '' remains a byword for style . "
        "Vale said little ."
    )
    spans = [("Dana Vale", "PERSON"), ("Dana Vale", "PERSON"), ("Vale", "PERSON")]
    assert [label for _, label in _labels(text, spans)] == ["PERSON", "PERSON", "PERSON"]


def test_a_name_ending_a_longer_title_stays_as_typed() -> None:
    text = (
        "In 2005 the studio released `` The Notorious Dana Vale , '' a feature film about "
        "Dana Vale ."
    )
    spans = [("Dana Vale", "PERSON"), ("Dana Vale", "PERSON")]
    assert [label for _, label in _labels(text, spans)] == ["PERSON", "PERSON"]


def test_a_title_named_after_its_hero_who_speaks_stays_a_person() -> None:
    text = (
        "In the bard 's `` Ivo Marr , '' the young king rallies his men . "
        "`` We few , '' Ivo Marr said , `` we happy few . ''"
    )
    spans = [("Ivo Marr", "PERSON"), ("Ivo Marr", "PERSON")]
    assert [label for _, label in _labels(text, spans)] == ["PERSON", "PERSON"]


def test_a_person_starring_in_the_film_is_no_title() -> None:
    text = "Ivo Brask , the star of the film , told reporters he was tired ."
    start = text.index("Ivo Brask")
    assert not written_as_work(text, start, start + len("Ivo Brask"))
    text = "Harrow Tide , the second film of the series , opens today ."
    assert written_as_work(text, 0, len("Harrow Tide"))


def test_a_tokenised_possessive_after_a_quote_mark_is_no_title() -> None:
    for text in (
        '" We won the cup , " Ana Ruiz \' s coach told reporters .',
        '" Ana Ruiz \' s goal was the best , " Ivo Brask said .',
    ):
        start = text.index("Ana Ruiz")
        assert not written_as_work(text, start, start + len("Ana Ruiz"))
    text = "The crowd sang ' Harrow Tide ' as the team left ."
    start = text.index("Harrow Tide")
    assert written_as_work(text, start, start + len("Harrow Tide"))
