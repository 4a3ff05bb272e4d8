"""The ledger's records as compact JSON (lists of field values), and back.

A story's ledger is cached by group (`storyline.corpus.flags.review`); a
group of a large story holds thousands of points, so each record is one
list of its field values in declaration order rather than an object: about
half the bytes, and read back with one constructor call per record.
"""

from __future__ import annotations

import json
from typing import Any

from storyline.corpus.ledger.records import (
    ClaimSeries,
    Conflict,
    EventMention,
    Evidence,
    PointInput,
    QuotePrint,
    SeriesPoint,
)
from storyline.corpus.ledger.series import GroupResult
from storyline.corpus.ledger.state import GroupItem

__all__ = ["dump_items", "dump_outcome", "load_items", "load_outcome"]

_TAGS: dict[type, str] = {PointInput: "n", QuotePrint: "q", EventMention: "e"}


def _values(record: Any) -> list[Any]:
    """A slotted dataclass's field values in declaration order (nested tuples stay lists)."""
    return [getattr(record, name) for name in record.__slots__]


def dump_items(items: list[GroupItem]) -> str:
    return json.dumps([[_TAGS[type(i)], *_values(i)] for i in items], separators=(",", ":"))


def _tupled(values: list[Any]) -> list[Any]:
    """Field values with JSON lists back as the tuples the records hold (places, copies)."""
    return [tuple(v) if isinstance(v, list) else v for v in values]


def load_items(text: str) -> list[GroupItem]:
    out: list[GroupItem] = []
    for row in json.loads(text):
        tag, values = row[0], row[1:]
        if tag == "n":
            out.append(PointInput(*_tupled(values)))
        elif tag == "q":
            out.append(QuotePrint(*values))
        else:
            out.append(EventMention(*values))
    return out


def _point(values: list[Any]) -> SeriesPoint:
    return SeriesPoint(*_tupled(values))


def _evidence(values: list[Any]) -> Evidence:
    return Evidence(*values)


def dump_outcome(outcome: GroupResult) -> str:
    data = {
        "group": outcome.group,
        "series": [
            [
                s.id,
                s.category,
                s.subject,
                s.unit,
                s.location,
                s.cause,
                s.cumulative,
                s.status,
                [_values(p) for p in s.points],
            ]
            for s in outcome.series
        ],
        "conflicts": [
            [c.kind, c.series, c.message, [_values(e) for e in c.evidence]]
            for c in outcome.conflicts
        ],
        "unsupported": [_values(e) for e in outcome.unsupported],
    }
    return json.dumps(data, separators=(",", ":"))


def load_outcome(text: str) -> GroupResult:
    data = json.loads(text)
    series = tuple(
        ClaimSeries(
            id=row[0],
            category=row[1],
            subject=row[2],
            unit=row[3],
            location=row[4],
            cause=row[5],
            cumulative=row[6],
            status=row[7],
            points=tuple(_point(p) for p in row[8]),
        )
        for row in data["series"]
    )
    conflicts = tuple(
        Conflict(kind, sid, message, tuple(_evidence(e) for e in evidence))
        for kind, sid, message, evidence in data["conflicts"]
    )
    unsupported = tuple(_evidence(e) for e in data["unsupported"])
    return GroupResult(data["group"], series, conflicts, unsupported)
