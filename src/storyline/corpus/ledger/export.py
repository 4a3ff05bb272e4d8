"""The ledger in the JSON of DESIGN.md (story export "claim_series" and "conflicts").

A point or an evidence item names its article by id; "value" is the number the
evidence reports, where it is one; "high" is null for a range with no upper
bound ("more than 30"). Points also carry what the contract leaves open: the
copies counted with them, whether the value is absurd, its subject, place and
cause.
"""

from __future__ import annotations

import math
from typing import Any

from storyline.corpus.ledger.records import ClaimSeries, Conflict, Evidence, Ledger, SeriesPoint

__all__ = ["conflict_json", "ledger_json", "point_json", "series_json"]


def _number(x: float | None) -> float | None:
    if x is None or math.isinf(x) or math.isnan(x):
        return None
    return x


def point_json(p: SeriesPoint) -> dict[str, Any]:
    return {
        "article": p.article,
        "outlet": p.outlet,
        "value": p.value,
        "low": _number(p.low),
        "high": _number(p.high),
        "qualifier": p.qualifier,
        "as_of": p.as_of,
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "speaker": p.speaker,
        "published": p.published,
        "subject": p.subject,
        "location": p.location,
        "cause": p.cause,
        "copies": list(p.copies),
        "absurd": p.absurd,
        "incident": p.incident,
    }


def series_json(s: ClaimSeries) -> dict[str, Any]:
    return {
        "id": s.id,
        "category": s.category,
        "subject": s.subject,
        "unit": s.unit,
        "location": s.location,
        "cause": s.cause,
        "cumulative": s.cumulative,
        "status": s.status,
        "points": [point_json(p) for p in s.points],
    }


def _evidence_json(e: Evidence) -> dict[str, Any]:
    return {
        "article": e.article,
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "value": e.value,
        "outlet": e.outlet,
        "as_of": e.as_of,
        "speaker": e.speaker,
    }


def conflict_json(c: Conflict) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "series": c.series,
        "message": c.message,
        "evidence": [_evidence_json(e) for e in c.evidence],
    }


def ledger_json(ledger: Ledger) -> dict[str, Any]:
    """{"claim_series": [...], "conflicts": [...]} of a ledger."""
    return {
        "claim_series": [series_json(s) for s in ledger.series],
        "conflicts": [conflict_json(c) for c in ledger.conflicts],
    }
