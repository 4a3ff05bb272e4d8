"""The numbers the claims stage drops before parsing, read on their own."""

from __future__ import annotations

from storyline.analyze.claims.non_figures import is_age, is_degree_percent, is_name_number
from storyline.analyze.claims.numbers import NumberMatch, find_numbers
from storyline.analyze.nlp import annotate


def _number(text: str, written: str) -> NumberMatch:
    start = text.index(written)
    return next(n for n in find_numbers(text) if n.start <= start < n.end)


def test_an_age_after_aged_or_between_commas_after_a_name_is_no_figure() -> None:
    text = "Marisol Quenby, 47, was detained. Oren Pike, aged 63, was freed."
    person_ends = frozenset({text.index(",")})
    assert is_age(text, person_ends, _number(text, "47"))
    assert is_age(text, person_ends, _number(text, "63"))
    counted = "Police detained 47 people in Velmar Falls."
    assert not is_age(counted, frozenset(), _number(counted, "47"))


def test_a_whole_hundred_percent_before_an_adjective_is_a_degree() -> None:
    sure = "The minister said she was 100 percent sure of the vote."
    shares = "Velmar Holdings bought 100 percent of the shares."
    assert is_degree_percent(annotate(sure), _number(sure, "100"))
    assert not is_degree_percent(annotate(shares), _number(shares, "100"))


def test_a_number_right_after_a_name_is_part_of_the_name() -> None:
    text = "Traders said the Velmex 100 fell sharply, and 30 people were hurt."
    doc = annotate(text)
    assert is_name_number(doc, text, _number(text, "100"))
    assert not is_name_number(doc, text, _number(text, "30"))
