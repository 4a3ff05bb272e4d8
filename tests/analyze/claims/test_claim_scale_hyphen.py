"""A scale word joined to its number by a hyphen ("a $20-billion fund") scales it."""

from __future__ import annotations

from storyline.analyze.claims import find_numbers


def test_a_hyphenated_scale_word_scales_the_number() -> None:
    [found] = find_numbers("Velmar set up a $20-billion fund for the farmers")
    assert found.value == 20_000_000_000 and found.money == "USD"


def test_a_hyphen_before_another_word_is_no_scale() -> None:
    assert [n.value for n in find_numbers("the 20-member board met")] == []
    assert [n.value for n in find_numbers("a 12-m wall")] == [12]


def test_half_a_scale_is_not_the_whole_scale() -> None:
    assert [n.value for n in find_numbers("the deployment of half-a-million troops")] == []
    assert [n.value for n in find_numbers("the deployment of half a million troops")] == []
    assert [n.value for n in find_numbers("a-million-dollar home in Brun")] == []
    assert [n.value for n in find_numbers("a million troops")] == [1_000_000]
