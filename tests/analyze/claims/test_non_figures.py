"""The numbers the claims stage drops before parsing, read on their own."""

from __future__ import annotations

from storyline.analyze.claims.non_figures import (
    attempted_killing,
    earlier_record,
    is_age,
    is_degree_percent,
    is_family_size,
    is_name_number,
    is_ratio_term,
)
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


def test_an_age_after_died_and_a_day_or_after_both_is_no_figure() -> None:
    text = (
        "Marisol Quenby died Thursday at 91 in Velmar Falls. Oren Pike died on May 3 at 88. "
        "Officers Dan Orrel and Ted Vask , both 51 , died at the scene."
    )
    for age in ("91", "88", "51"):
        assert is_age(text, frozenset(), _number(text, age))
    counted = "Both 2 teams met; 91 people died Thursday at the plant."
    assert not is_age(counted, frozenset(), _number(counted, "2"))
    assert not is_age(counted, frozenset(), _number(counted, "91"))
    toll = "Doctors put the number of dead Sunday at 16 , and both 3 firms paid."
    assert not is_age(toll, frozenset(), _number(toll, "16"))
    assert not is_age(toll, frozenset(), _number(toll, "3"))


def test_the_size_of_a_family_is_no_figure() -> None:
    text = (
        "Marisol Quenby, a mother of three, was killed. Oren Pike, father to two boys, died. "
        "The parents of 12 victims met the mayor of Velmar Falls."
    )
    assert is_family_size(text, _number(text, "three"))
    assert is_family_size(text, _number(text, "two"))
    assert not is_family_size(text, _number(text, "12"))


def test_whom_someone_tried_to_kill_were_not_killed() -> None:
    text = (
        "Dorn Halvey was charged with attempting to murder at least three people. He faces "
        "a count of attempted murder of four guards. The blast killed five workers."
    )
    for figure in ("three", "four", "five"):
        n = _number(text, figure)
        floor = text.rfind(".", 0, n.start) + 1
        assert attempted_killing(text, n.start, floor) == (figure != "five")


def test_a_count_of_prior_or_previous_events_is_a_record() -> None:
    assert earlier_record("four prior arrests")
    assert earlier_record("two previous convictions")
    assert not earlier_record("four arrests")
    assert not earlier_record("12 people")


def test_the_terms_of_a_ratio_are_no_counts() -> None:
    # ("One" opening a sentence is no number the claims stage reads at all)
    rate = "It works out at four deaths in every 1,000 people infected in Brelle."
    assert is_ratio_term(rate, _number(rate, "four"))
    assert is_ratio_term(rate, _number(rate, "1,000"))
    share = "One in three adults in Tavin caught it, about 26 per 100,000 residents."
    assert is_ratio_term(share, _number(share, "three"))
    assert is_ratio_term(share, _number(share, "100,000"))
    every = "One in every ten pupils at the Osk school fell ill."
    assert is_ratio_term(every, _number(every, "ten"))


def test_counts_beside_in_are_no_ratio() -> None:
    attacks = "Gunmen killed 12 people in 3 attacks on Corvell villages."
    assert not is_ratio_term(attacks, _number(attacks, "12"))
    assert not is_ratio_term(attacks, _number(attacks, "3"))
    years = "Records show 3 in 2010 and 5 in 2011 died at the Pell mine."
    assert not is_ratio_term(years, _number(years, "3"))
    assert not is_ratio_term(years, _number(years, "5"))
    whole = "Twenty out of 30 passengers on the Arno ferry were rescued."
    assert not is_ratio_term(whole, _number(whole, "30"))


def test_the_dead_as_a_noun_before_at_is_a_toll_not_an_age() -> None:
    toll = "Officials estimated the number of dead at 45 in Orla."
    assert not is_age(toll, frozenset(), _number(toll, "45"))
    found = "Ana Brell, the Velm singer, was found dead at 45."
    assert is_age(found, frozenset(), _number(found, "45"))
