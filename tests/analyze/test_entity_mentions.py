"""Run-in names, names in capitals and middle-word short forms (analyze/entities/mentions.py)."""

from __future__ import annotations

import pytest

from storyline.analyze.entities.canonical import RawMention, canonicalize
from storyline.analyze.entities.mentions import repair_named, repair_raw
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, EntityMention


def _raw(text: str, surface: str, label: str, nth: int = 0) -> RawMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return RawMention(start, start + len(surface), label)


def test_a_place_run_into_a_surname_is_cut_back_to_the_person() -> None:
    text = "Forces loyal to Omar Halvi shelled Dorvan. In Dorvan Halvi's troops held the port."
    raw = [
        _raw(text, "Omar Halvi", "PERSON"),
        _raw(text, "Dorvan", "GPE"),
        _raw(text, "Dorvan Halvi", "PERSON"),
    ]
    fixed = repair_raw(text, raw)
    assert [text[m.start : m.end] for m in fixed] == ["Omar Halvi", "Dorvan", "Halvi"]


def test_a_name_whose_surname_no_other_full_name_has_is_kept_whole() -> None:
    # "Dorvan" typed a place once, but "Dorvan Vell" is the only full name with "Vell":
    # the surname is its own, so no place ran into a person named elsewhere
    text = "Crews left Dorvan. Talks with Dorvan Vell went on; Vell said the well failed."
    raw = [_raw(text, "Dorvan", "GPE"), _raw(text, "Dorvan Vell", "PERSON")]
    raw += [_raw(text, "Vell", "PERSON", 1)]
    fixed = repair_raw(text, raw)
    assert [text[m.start : m.end] for m in fixed] == ["Dorvan", "Dorvan Vell", "Vell"]


def test_a_much_named_place_run_into_a_lone_word_is_cut_back() -> None:
    # no one else holds "Hey", but "Kestria" is written as a place twice: a run-in
    text = "Rain fell in Kestria. Kestria flooded. Ana Lusk , Tarno , Kestria Hey , what now ?"
    raw = [_raw(text, "Kestria", "GPE"), _raw(text, "Kestria", "GPE", 1)]
    raw += [_raw(text, "Ana Lusk", "PERSON"), _raw(text, "Kestria Hey", "PERSON")]
    fixed = repair_raw(text, raw)
    assert [text[m.start : m.end] for m in fixed][-1] == "Hey"


def test_a_two_word_name_whose_first_word_is_no_place_is_kept() -> None:
    text = "Rosa Halvi met Omar Halvi in Dorvan."
    raw = [
        _raw(text, "Rosa Halvi", "PERSON"),
        _raw(text, "Omar Halvi", "PERSON"),
        _raw(text, "Dorvan", "GPE"),
    ]
    assert repair_raw(text, raw) == raw


def test_a_name_in_capitals_takes_the_ordinary_names_type() -> None:
    text = "ANNA BERG SPEAKS\n\nAnna Berg said the mill would close."
    raw = [_raw(text, "ANNA BERG", "ORG"), _raw(text, "Anna Berg", "PERSON")]
    assert [m.label for m in repair_raw(text, raw)] == ["PERSON", "PERSON"]
    named = repair_named(
        [
            EntityMention(0, 9, "ANNA BERG", "PERSON", "ANNA BERG"),
            EntityMention(18, 27, "Anna Berg", "PERSON", "Anna Berg"),
        ]
    )
    assert [e.canonical for e in named] == ["Anna Berg", "Anna Berg"]


def test_an_acronym_in_capitals_is_not_a_name_in_capitals() -> None:
    named = repair_named(
        [
            EntityMention(0, 3, "WHO", "ORG", "WHO"),
            EntityMention(10, 13, "Who", "ORG", "Who"),
        ]
    )
    assert [e.canonical for e in named] == ["WHO", "Who"]


def test_a_middle_word_short_form_is_the_full_name() -> None:
    full = "Maria Aurelia Costa da Lima"
    mentions = [
        EntityMention(0, 27, full, "PERSON", full),
        EntityMention(40, 45, "Costa", "PERSON", "Costa"),
        EntityMention(50, 57, "Aurelia", "PERSON", "Aurelia"),
    ]
    assert [e.canonical for e in repair_named(mentions)] == [full] * 3


def test_a_middle_word_shared_by_two_full_names_is_left_alone() -> None:
    mentions = [
        EntityMention(0, 17, "Ana Costa da Lima", "PERSON", "Ana Costa da Lima"),
        EntityMention(20, 39, "Rui Costa da Silva", "PERSON", "Rui Costa da Silva"),
        EntityMention(50, 55, "Costa", "PERSON", "Costa"),
    ]
    assert repair_named(mentions)[2].canonical == "Costa"


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        (
            "President Luiz Inacio Lula da Silva visited the plant. Lula said it would "
            "create jobs.",
            "Lula",
            "Luiz Inacio Lula da Silva",
        ),
        (
            "BARACK OBAMA spoke on Monday. Barack Obama said the deal was fair.",
            "BARACK OBAMA",
            "Barack Obama",
        ),
    ],
)
def test_through_the_entity_stage(text: str, surface: str, canonical: str) -> None:
    art = Pipeline(["sentences", "entities"]).run(Article(id="t", text=text))
    hits = [e for e in art.entities if e.text == surface]
    assert hits and all(e.canonical == canonical for e in hits)


def test_dateline_dashes_and_tokenised_brackets_are_trimmed_from_mentions() -> None:
    text = "DORVAN -LRB- Wire -RRB- - Omar Halvi spoke. -RRB- Valia agreed."
    raw = [
        RawMention(text.index("- Omar"), text.index(" spoke"), "PERSON"),
        RawMention(text.index("-RRB- Valia"), text.index(" agreed"), "GPE"),
        RawMention(text.index("-RRB- -"), text.index("-RRB- -") + 7, "ORG"),
    ]
    fixed = repair_raw(text, raw)
    assert [text[m.start : m.end] for m in fixed] == ["Omar Halvi", "Valia"]


def test_a_bracket_opened_inside_a_mention_ends_the_name() -> None:
    text = "Drugmaker Velomed -LRB- VLM . L -RRB- and Norra Foods ( NF ) said so."
    raw = [
        RawMention(text.index("Velomed"), text.index(" . L"), "PERSON"),
        RawMention(text.index("Norra"), text.index(" NF") + 3, "ORG"),
    ]
    fixed = repair_raw(text, raw)
    assert [text[m.start : m.end] for m in fixed] == ["Velomed", "Norra Foods"]


def test_a_credit_closed_inside_a_mention_and_a_capitalised_preposition_are_cut() -> None:
    text = (
        "DORVAN -LRB- Agency -RRB- - Westland said on Tuesday it would talk . Westland has "
        "ports . Behind Reyes , five screens glowed . Dana Reyes said Reyes was calm ."
    )

    def span(surface: str, label: str, after: str = "") -> RawMention:
        i = text.index(surface, text.index(after) if after else 0)
        return RawMention(i, i + len(surface), label)

    raw = [
        span("Agency -RRB- - Westland", "PERSON"),
        span("Westland", "GPE", "talk"),
        span("Behind Reyes", "PERSON"),
        span("Dana Reyes", "PERSON"),
        span("Reyes", "PERSON", "said Reyes"),
    ]
    out = canonicalize(text, repair_raw(text, raw))
    assert [(m.text, m.label, m.canonical) for m in out] == [
        ("Westland", "GPE", "Westland"),
        ("Westland", "GPE", "Westland"),
        ("Reyes", "PERSON", "Dana Reyes"),
        ("Dana Reyes", "PERSON", "Dana Reyes"),
        ("Reyes", "PERSON", "Dana Reyes"),
    ]


def test_a_body_cut_before_of_and_a_place_is_one_name() -> None:
    text = "He ran the Reserve Bank of Dorvan City until May . The Reserve Bank of Elm spoke ."
    i = text.index("Reserve Bank")
    j = text.index("Dorvan City")
    k = text.index("Reserve Bank of Elm")
    raw = [
        RawMention(i, i + len("Reserve Bank"), "ORG"),
        RawMention(j, j + len("Dorvan City"), "GPE"),
        RawMention(k, k + len("Reserve Bank of Elm"), "ORG"),
    ]
    out = canonicalize(text, repair_raw(text, raw))
    assert [(m.canonical, m.label) for m in out] == [
        ("Reserve Bank of Dorvan City", "ORG"),
        ("Reserve Bank of Elm", "ORG"),
    ]


def test_a_body_run_into_mr_and_a_name_is_two_mentions() -> None:
    text = "In an interview with the Harbour Radio World Desk Mr Varga said he was sorry ."
    raw = [_raw(text, "Harbour Radio World Desk Mr Varga", "ORG")]
    fixed = repair_raw(text, raw)
    assert [(text[m.start : m.end], m.label) for m in fixed] == [
        ("Harbour Radio World Desk", "ORG"),
        ("Mr Varga", "PERSON"),
    ]


def test_a_name_opening_with_mr_is_kept() -> None:
    text = "Mr Varga said he was sorry ."
    raw = [_raw(text, "Mr Varga", "PERSON")]
    assert repair_raw(text, raw) == raw
