"""A series' label as a reader sees it in a brief (texts and values written for the test)."""

from __future__ import annotations

from dataclasses import replace

from storyline.corpus.ledger import series_label
from storyline.corpus.ledger.records import ClaimSeries, SeriesPoint


def _series(category: str, subject: str | None, unit: str | None = None) -> ClaimSeries:
    return ClaimSeries("s", category, subject, unit, None, None, False, "consistent", ())


def test_an_amount_keeps_the_verb_that_says_what_it_is_for() -> None:
    assert series_label(_series("money", "approve", "EUR")) == "money (EUR): approve"


def test_an_amount_hanging_from_a_share_a_preposition_or_a_light_verb_shows_no_subject() -> None:
    # "half of the $9bn fund", "from $75m to $10bn", "has gone to the council"
    for word in ("half", "from", "go"):
        assert series_label(_series("money", word, "USD")) == "money (USD)"
    assert series_label(_series("percent", "of")) == "percent"


def test_an_amount_hanging_from_a_verb_of_level_or_no_word_shows_no_subject() -> None:
    # "the net claims stand at between $4m and $7m", "-RRB- $ 9 million", "re-insurers"
    for word in ("stand", "remain", "add", "-rrb-", "re"):
        assert series_label(_series("money", word, "USD")) == "money (USD)"
    assert series_label(_series("money", "pledge", "USD")) == "money (USD): pledge"


def test_a_count_of_people_keeps_its_group() -> None:
    assert series_label(_series("killed", "soldiers")) == "killed: soldiers"


def _point(measure: str) -> SeriesPoint:
    return SeriesPoint(
        article="a", outlet="Brolk Times", value=80, low=80, high=None, qualifier="more_than",
        as_of="2012-03-05", start=0, end=10, text="more than 80 people", speaker=None,
        measure=measure,
    )  # fmt: skip


def test_a_count_no_report_confirms_says_so() -> None:
    # "a virus suspected of killing more than 80 people in Belmora"
    suspected = replace(_series("killed", None), points=(_point("estimated"),))
    assert series_label(suspected) == "killed, estimated or suspected"
    mixed = replace(_series("killed", None), points=(_point("estimated"), _point("")))
    assert series_label(mixed) == "killed"


def test_the_arrested_series_says_it_also_counts_people_held() -> None:
    # "the Dunmore camp still holds 300 prisoners" is in it; charges are not (claims stage)
    assert series_label(_series("arrested", "men")) == "arrested or detained: men"
