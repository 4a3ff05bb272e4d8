"""One person written two ways in one article, and a lone surname after relatives
(session 45): "Fred Quenby" and "Frederick C. Quenby" are one person, so "Quenby said"
is no longer one of two; a two-word surname typed a place ("Del Quenby") is the person
named in full with it; a relative named as such and a list of relatives in the sentence
before do not take a lone surname from the person it has named so far. Invented names."""

from __future__ import annotations

from entity_spans import mentions as _mentions

from storyline.analyze.entities import canonicalize


def test_a_short_given_name_and_the_formal_one_with_an_initial_are_one_person() -> None:
    text = (
        "Fred Quenby , a campaign aide , died . Frederick C. Quenby was 75 . "
        "Quenby said he had no regrets ."
    )
    spans = [
        ("Fred Quenby", "PERSON"),
        ("Frederick C. Quenby", "PERSON"),
        ("Quenby", "PERSON"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert [m.canonical for m in out] == ["Fred Quenby"] * 3


def test_a_short_given_name_fitting_two_formal_ones_stays_apart() -> None:
    text = "Ted Quenby spoke . Edward J. Quenby and Theodore K. Quenby listened ."
    spans = [
        ("Ted Quenby", "PERSON"),
        ("Edward J. Quenby", "PERSON"),
        ("Theodore K. Quenby", "PERSON"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert [m.canonical for m in out] == ["Ted Quenby", "Edward J. Quenby", "Theodore K. Quenby"]


def test_a_surname_of_two_words_typed_a_place_is_the_person() -> None:
    text = "Vincent Del Quenby runs the store . Del Quenby said it was lost ."
    spans = [("Vincent Del Quenby", "PERSON"), ("Del Quenby", "GPE")]
    out = canonicalize(text, _mentions(text, spans))
    assert [(m.label, m.canonical) for m in out] == [("PERSON", "Vincent Del Quenby")] * 2


def test_a_lone_surname_after_a_list_of_relatives_stays_the_principal() -> None:
    text = (
        "Fred Quenby , an aide , died . His son , Ike Quenby , said he died at home . "
        "Quenby had been ill . Quenby is survived by his wife , Ana Quenby ; his daughters "
        "Lia Quenby of Velmar , Dora Quenby of Tarn . Mr. Quenby said prison added years ."
    )
    spans = [
        ("Fred Quenby", "PERSON"),
        ("Ike Quenby", "PERSON"),
        ("Quenby", "PERSON"),
        ("Quenby", "PERSON"),
        ("Ana Quenby", "PERSON"),
        ("Lia Quenby", "PERSON"),
        ("Dora Quenby", "PERSON"),
        ("Quenby", "PERSON"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert out[-1].canonical == "Fred Quenby"


def test_the_papers_last_word_after_the_is_the_one_paper_named_so() -> None:
    text = "The Velmar Post reported the story first . The mayor knew , the Post stated ."
    spans = [("Velmar Post", "ORG"), ("Post", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert [m.canonical for m in out] == ["Velmar Post", "Velmar Post"]


def test_the_papers_last_word_stays_when_two_papers_end_in_it() -> None:
    text = "The Velmar Post and the Tarn Post disagreed . The mayor knew , the Post stated ."
    spans = [("Velmar Post", "ORG"), ("Tarn Post", "ORG"), ("Post", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert out[-1].canonical == "Post"
