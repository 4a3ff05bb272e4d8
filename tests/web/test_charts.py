"""Chart specifications: a colour per outlet, conflicts ringed, clicks that lead to sentences."""

from __future__ import annotations

from storyline.query.records import (
    ArticleRef,
    ClaimPoint,
    ClaimSeries,
    ClaimsView,
    Conflict,
    ConflictEvidence,
)
from storyline.web.charts import PALETTE, claim_charts

ONE = ArticleRef("h:1", "t", "one.example", "2024-01-02")
TWO = ArticleRef("h:2", "t", "two.example", "2024-01-03")


def _point(ref: ArticleRef, value: float, start: int, as_of: str | None) -> ClaimPoint:
    return ClaimPoint(
        ref, 0, value, value, value, "exact", None, as_of, start, start + 3, "x", None
    )


def _series(sid: str, *points: ClaimPoint) -> ClaimSeries:
    return ClaimSeries(sid, sid, None, None, None, "conflicting", points, len(points))


def test_one_trace_per_outlet_with_stable_colours_and_conflicts_ringed() -> None:
    killed = _series("killed", _point(ONE, 10, 5, None), _point(TWO, 14, 7, "2024-01-03"))
    hurt = _series("injured", _point(TWO, 3, 9, "2024-01-03"), _point(TWO, 4, 20, "2024-01-04"))
    conflict = Conflict("number", "killed", "10 vs 14", (ConflictEvidence(TWO, 7, 10, "x", 14),))
    charts = claim_charts(ClaimsView("ledger", (killed, hurt), (conflict,)))
    assert [s.id for s, _ in charts] == ["killed", "injured"]
    traces = charts[0][1]["data"]
    assert [(t["name"], t["x"], t["y"]) for t in traces] == [
        ("one.example", ["2024-01-02"], [10]),  # no as-of date: the article's own date
        ("two.example", ["2024-01-03"], [14]),
        ("in conflict", ["2024-01-03"], [14]),
    ]
    assert traces[0]["marker"]["color"] == PALETTE[0] and traces[1]["marker"]["color"] == PALETTE[1]
    # two.example keeps its colour in the other chart
    assert charts[1][1]["data"][0]["marker"]["color"] == PALETTE[1]
    assert traces[1]["customdata"] == ["/articles/h:2?hl=7-10#hl"]


def test_single_reports_are_table_rows_unless_they_are_all_there_is() -> None:
    lone = _series("money", _point(ONE, 5, 0, "2024-01-02"))
    pair = _series("killed", _point(ONE, 1, 0, "2024-01-02"), _point(TWO, 2, 0, "2024-01-03"))
    assert [s.id for s, _ in claim_charts(ClaimsView("x", (lone, pair), ()))] == ["killed"]
    assert [s.id for s, _ in claim_charts(ClaimsView("x", (lone,), ()))] == ["money"]
    undated = _series("money", _point(ArticleRef("h:3", None, None, None), 5, 0, None))
    assert claim_charts(ClaimsView("x", (undated,), ())) == []
