"""Chart specifications for plotly.js, built from the page records.

The server decides what is drawn (traces, colours, links); the browser only
draws: each spec is a JSON block that static/charts.js hands to Plotly.newPlot.
A point that leads somewhere carries that page's path in `customdata`, which
charts.js follows on click (only paths on this server).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from storyline.query.records import (
    ClaimPoint,
    ClaimSeries,
    ClaimsView,
    DayCount,
    EntityPage,
    HomePage,
    StoryPage,
)
from storyline.web.urls import article_url, story_url

__all__ = [
    "PALETTE",
    "claim_charts",
    "mentions_chart",
    "outlet_colours",
    "story_chart",
    "volume_chart",
]

Spec = dict[str, Any]

PALETTE = (
    "#1f5fa8", "#d9731a", "#2a8c3f", "#b8312f", "#7b52ab",
    "#8c5a3c", "#c4509c", "#5f6b73", "#a6a21c", "#1c9fae",
)  # fmt: skip
"""Distinct colours, one per outlet (or story), in order."""
_CONFLICT = "#c1121f"
_BAR = "#c9d3dd"


def _date_axis(days: Sequence[str | None]) -> Spec:
    """A date axis that reads in days: padded half a day each side, a tick per day (or
    week) over a short span, so one or two points do not stretch to a sub-second scale."""
    found = sorted({d[:10] for d in days if d})
    axis: Spec = {"type": "date", "automargin": True}
    try:
        first, last = dt.date.fromisoformat(found[0]), dt.date.fromisoformat(found[-1])
    except (IndexError, ValueError):
        return axis
    span = (last - first).days
    if span <= 60:
        half = dt.timedelta(hours=12)
        start = dt.datetime.combine(first, dt.time()) - half
        end = dt.datetime.combine(last, dt.time()) + half
        axis["range"] = [start.isoformat(), end.isoformat()]
        axis["dtick"] = 86_400_000 * (1 if span <= 14 else 7)
        axis["tickformat"] = "%b %-d"
    return axis


def _count_axis(counts: Sequence[float], title: str) -> Spec:
    """Counts from zero, in whole numbers when they are small."""
    axis: Spec = {"title": {"text": title}, "rangemode": "tozero", "automargin": True}
    if counts and max(counts) <= 10:
        axis["dtick"] = 1
    return axis


def _layout(x: Spec, y: Spec, title: str | None = None, *, height: int = 280) -> Spec:
    layout: Spec = {
        "height": height,
        "margin": {"l": 50, "r": 20, "t": 36 if title else 12, "b": 40},
        "xaxis": x,
        "yaxis": y,
        "legend": {"orientation": "h", "y": -0.25},
        "hovermode": "closest",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    if title:
        layout["title"] = {"text": title, "font": {"size": 14}}
    return layout


def _days(counts: Sequence[DayCount]) -> tuple[list[str], list[int]]:
    return [c.day for c in counts], [c.count for c in counts]


def volume_chart(home: HomePage, *, stories: int = 8) -> Spec:
    """Articles per day over the window (bars), and each leading story's own (lines)."""
    x, y = _days(home.volume)
    data: list[Spec] = [
        {"type": "bar", "x": x, "y": y, "name": "all articles", "marker": {"color": _BAR}}
    ]
    for i, story in enumerate(home.stories[:stories]):
        sx, sy = _days(story.volume)
        link = story_url(story.id)
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": sx,
                "y": sy,
                "name": story.title[:40],
                "line": {"color": PALETTE[i % len(PALETTE)]},
                "customdata": [link] * len(sx),
                "hovertemplate": "%{x}: %{y} articles<extra>%{fullData.name}</extra>",
            }
        )
    counts = [*y, *(c.count for st in home.stories for c in st.volume)]
    return {"data": data, "layout": _layout(_date_axis(x), _count_axis(counts, "articles"))}


def story_chart(page: StoryPage) -> Spec:
    """The story on a date axis: its articles per day, and the days its timeline tells."""
    x, y = _days(page.story.volume)
    top = max(y, default=1)
    days = page.timeline.entries
    data: list[Spec] = [
        {"type": "bar", "x": x, "y": y, "name": "articles", "marker": {"color": _BAR}},
        {
            "type": "scatter",
            "mode": "markers",
            "x": [d.date for d in days],
            "y": [top * 1.15] * len(days),
            "name": "timeline entries",
            "marker": {"size": 12, "symbol": "diamond", "color": PALETTE[0]},
            "text": [d.sentences[0].text[:120] if d.sentences else "" for d in days],
            "customdata": [f"#day-{d.date}" for d in days],
            "hovertemplate": "%{x}<br>%{text}<extra></extra>",
        },
    ]
    axis = _count_axis([*y, top * 1.15], "articles")
    layout = _layout(_date_axis([*x, *(d.date for d in days)]), axis, height=240)
    return {"data": data, "layout": layout}


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(sorted(set(outlets)))}


def _point_date(p: ClaimPoint) -> str | None:
    return (p.as_of or p.article.published or "")[:10] or None


def _series_chart(
    series: ClaimSeries, colours: dict[str, str], conflicted: set[tuple[str, int]]
) -> Spec:
    by_outlet: dict[str, list[ClaimPoint]] = {}
    for p in series.points:
        if _point_date(p) is not None:
            by_outlet.setdefault(p.article.outlet or "(unknown)", []).append(p)
    data: list[Spec] = []
    for outlet, points in sorted(by_outlet.items()):
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": outlet,
                "x": [_point_date(p) for p in points],
                "y": [p.value for p in points],
                "text": [p.text for p in points],
                "customdata": [article_url(p.article.id, (p.start, p.end)) for p in points],
                "marker": {"size": 10, "color": colours.get(outlet, PALETTE[-1])},
                "hovertemplate": "%{x}: %{y:,}<br>%{text}<extra>%{fullData.name}</extra>",
            }
        )
    marked = [p for p in series.points if (p.article.id, p.start) in conflicted and _point_date(p)]
    if marked:
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": "in conflict",
                "x": [_point_date(p) for p in marked],
                "y": [p.value for p in marked],
                "text": [p.text for p in marked],
                "customdata": [article_url(p.article.id, (p.start, p.end)) for p in marked],
                "marker": {
                    "size": 18,
                    "symbol": "circle-open",
                    "color": _CONFLICT,
                    "line": {"width": 2},
                },
                "hovertemplate": "conflict: %{text}<extra></extra>",
            }
        )
    title = series.category + (f" ({series.unit})" if series.unit else "")
    if series.subject:
        title += f": {series.subject}"
    dates = [_point_date(p) for p in series.points]
    axis = {"title": {"text": series.unit or "value"}, "rangemode": "tozero", "automargin": True}
    return {"data": data, "layout": _layout(_date_axis(dates), axis, title, height=260)}


def claim_charts(claims: ClaimsView, *, limit: int = 6) -> list[tuple[ClaimSeries, Spec]]:
    """One chart per series of two or more reports (the `limit` largest): points over time,
    a colour per outlet, conflicting points ringed; a click opens the article at the claim."""
    outlets = [p.article.outlet or "(unknown)" for s in claims.series for p in s.points]
    colours = outlet_colours(outlets)
    conflicted = {(e.article.id, e.start) for c in claims.conflicts for e in c.evidence}
    dated = [s for s in claims.series if any(_point_date(p) for p in s.points)]
    # a single report is a row in the table, not a chart; unless it is all there is
    charted = [s for s in dated if len(s.points) > 1][:limit] or dated[:1]
    return [(s, _series_chart(s, colours, conflicted)) for s in charted]


def mentions_chart(page: EntityPage) -> Spec:
    x, y = _days(page.mentions)
    data = [{"type": "bar", "x": x, "y": y, "name": "mentions", "marker": {"color": PALETTE[0]}}]
    layout = _layout(_date_axis(x), _count_axis(y, "mentions"), height=240)
    return {"data": data, "layout": layout}
