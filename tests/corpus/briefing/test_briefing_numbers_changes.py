"""A figure that adds to a count ("two more bodies", "another 3", "25 new cases") is shown
as a change, never as the count's level; a part of a group counted elsewhere ("two of the
missing were found") is no count of that group."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.numbers import CHANGE
from storyline.model import Article

_STAGES = ["sentences", "entities", "time", "quotes", "claims"]


def _numbers(text: str) -> dict[str, list[float]]:
    article = Pipeline(_STAGES).run(
        Article(id="a", text=text, published="2031-03-02", outlet="o.example")
    )
    numbers = build_briefing([article], limits=BriefingLimits.full()).numbers
    return {label: [r.value for r in items] for label, items in numbers}


def test_more_bodies_recovered_are_a_change_not_the_toll() -> None:
    shown = _numbers(
        "Rescuers in Dorvale recovered two more bodies on Monday, the mayor, Ilse Varn, said. "
        "Another 3 people were injured when a wall fell."
    )
    assert 2 not in shown.get("killed", [])
    assert 3 not in shown.get("injured", [])
    assert shown[f"killed, {CHANGE}"] == [2]
    assert shown[f"injured, {CHANGE}"] == [3]


def test_new_cases_are_a_change() -> None:
    shown = _numbers("Health officials in Dorvale reported 25 new cases of cholera on Monday.")
    assert "cases" not in shown
    assert shown[f"cases, {CHANGE}"] == [25]


def test_some_of_the_missing_found_are_no_count_of_the_missing() -> None:
    shown = _numbers(
        "Seven people remain missing in Dorvale after two of the missing were found alive, "
        "the mayor, Ilse Varn, said on Monday."
    )
    assert shown["missing"] == [7]
    assert all(2 not in values for values in shown.values())


def test_a_stake_of_the_shares_is_still_a_share() -> None:
    shown = _numbers("Harlow Foods already owns 12 percent of Merrin's shares, it said on Monday.")
    assert [v for label, values in shown.items() if "percent" in label for v in values] == [12]


def test_a_count_beside_another_kind_is_still_listed() -> None:
    """ "67,000 cases and some 300 deaths": the parse joins the two, yet the deaths are no
    part of any group counted elsewhere."""
    shown = _numbers(
        "Health officials in Dorvale reported more than 6,700 cases of the fever and some "
        "300 deaths on Monday."
    )
    assert 300 in shown.get("killed", [])
