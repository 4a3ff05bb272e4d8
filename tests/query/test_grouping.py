"""Claims grouped into series and quotes grouped by speaker (pure functions, invented data)."""

from __future__ import annotations

from storyline.model import Claim, Quote, Speaker
from storyline.query.claims import GROUPED_SOURCE, bounds, group_claims
from storyline.query.quotes import UNATTRIBUTED, group_by_speaker
from storyline.query.records import ArticleRef

A = ArticleRef("a", "A", "one.example", "2024-01-02")
B = ArticleRef("b", "B", "two.example", "2024-01-05")


def _claim(value: float, category: str, unit: str | None, as_of: str | None) -> Claim:
    return Claim(0, 5, "words", value, "exact", unit, category, None, None, as_of, None)


def test_bounds_follow_the_qualifier() -> None:
    assert bounds(30, "exact") == (30, 30)
    assert bounds(30, "more_than") == (30, None) == bounds(30, "at_least")
    assert bounds(30, "up_to") == (None, 30) == bounds(30, "less_than")
    assert bounds(30, "about") == (None, None)


def test_series_by_category_and_unit_in_date_order() -> None:
    view = group_claims(
        [
            (B, 0, _claim(9, "killed", "people", "2024-01-05")),
            (A, 1, _claim(7, "killed", "people", None)),  # dated by its article
            (A, 0, _claim(2, "money", "USD", "2024-01-01")),
        ]
    )
    assert view.source == GROUPED_SOURCE and view.conflicts == ()
    assert [(s.id, s.status, [p.value for p in s.points]) for s in view.series] == [
        ("killed:people", "unchecked", [7, 9]),
        ("money:USD", "unchecked", [2]),
    ]


def _quote(speaker: Speaker | None) -> Quote:
    return Quote(0, 4, "text", "indirect", "said", speaker)


def test_speakers_most_quoted_first_unattributed_last() -> None:
    named = Speaker("Ms Ito", canonical="Mari Ito", named=True)
    described = Speaker("a  senior   aide", named=False)
    groups = group_by_speaker(
        [
            (A, _quote(None)),
            (A, _quote(described)),
            (A, _quote(named)),
            (B, _quote(Speaker("Ito", canonical="Mari Ito", named=True))),
        ]
    )
    assert [(g.speaker, g.named, len(g.quotes)) for g in groups] == [
        ("Mari Ito", True, 2),
        ("a senior aide", False, 1),
        (UNATTRIBUTED, False, 1),
    ]
