"""A scale word joined to its number by a hyphen ("a $20-billion fund") scales it."""

from __future__ import annotations

from storyline.analyze.claims import find_numbers


def test_a_hyphenated_scale_word_scales_the_number() -> None:
    [found] = find_numbers("Velmar set up a $20-billion fund for the farmers")
    assert found.value == 20_000_000_000 and found.money == "USD"
    [found] = find_numbers("a two-million-strong crowd filled Brun")
    assert found.value == 2_000_000


def test_a_hyphen_before_another_word_is_no_scale() -> None:
    assert [n.value for n in find_numbers("the 20-member board met")] == []
    assert [n.value for n in find_numbers("a 12-m wall")] == [12]
