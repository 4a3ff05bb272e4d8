"""Date ranking by how days are referred to, and date choice spread over the range."""

from __future__ import annotations

import datetime as dt

from storyline.corpus.timeline import DateScore, choose_days, rank_dates
from storyline.corpus.timeline.candidates import DatedSentence

D = dt.date(2011, 3, 1)


def _ref(article: str, day: dt.date, published: dt.date) -> DatedSentence:
    return DatedSentence(article, 0, 10, f"text {article}", day, "timex", 3, published, 1)


def _day(offset: int) -> dt.date:
    return D + dt.timedelta(days=offset)


def test_later_references_outweigh_same_day_and_announced_dates() -> None:
    cands = [_ref(f"later{i}", _day(0), _day(5 + i)) for i in range(3)]  # named afterwards
    cands += [_ref(f"same{i}", _day(1), _day(1)) for i in range(3)]  # named on the day
    cands += [_ref(f"ahead{i}", _day(2), _day(-3)) for i in range(3)]  # announced beforehand
    ranked = {s.day: s for s in rank_dates(cands)}
    assert ranked[_day(0)].score > ranked[_day(1)].score > ranked[_day(2)].score
    assert ranked[_day(2)].referring_articles == 3


def test_an_article_counts_once_per_day() -> None:
    twice = [_ref("a", _day(0), _day(4)), _ref("a", _day(0), _day(4))]
    once = [_ref("b", _day(1), _day(4))]
    ranked = {s.day: s.score for s in rank_dates(twice + once)}
    assert ranked[_day(0)] == ranked[_day(1)]


def _scores(pairs: list[tuple[int, float]]) -> list[DateScore]:
    out = [DateScore(_day(o), s, 1, 1) for o, s in pairs]
    return sorted(out, key=lambda s: (-s.score, s.day))


def test_choose_days_spreads_a_burst_over_the_range() -> None:
    # A burst of five busy neighbouring days, and quieter days weeks apart.
    ranked = _scores([(0, 10), (1, 9.8), (2, 9.6), (3, 9.4), (4, 9.2), (30, 9.0), (60, 8.9)])
    plain = sorted(s.day for s in ranked[:3])
    assert plain == [_day(0), _day(1), _day(2)]
    spread = choose_days(ranked, 3, start=_day(0), end=_day(60))
    assert spread == [_day(0), _day(30), _day(60)]


def test_choose_days_keeps_a_dense_week_when_it_dominates() -> None:
    ranked = _scores([(0, 10), (1, 9.5), (2, 9.0), (40, 2.0)])
    assert choose_days(ranked, 3, start=_day(0), end=_day(40)) == [_day(0), _day(1), _day(2)]


def test_choose_days_limits_and_orders() -> None:
    ranked = _scores([(5, 3.0), (1, 2.0), (9, 1.0)])
    assert choose_days(ranked, 10) == [_day(1), _day(5), _day(9)]
    assert choose_days(ranked, 1) == [_day(5)]
    assert choose_days([], 3) == []
    assert choose_days(ranked, 0) == []
