"""Flags an article earns from its story: contradicted, uncorroborated, and (for an
undated article) anachronism against the story's span.

They are read off the story's ledger: an article whose report is one side of
a conflict is `contradicted` (with the other side named in the message); an
article whose figure differs from what other outlets report for the days
around it (and no other outlet backs) is `uncorroborated`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from storyline.corpus.flags.anachronism import DatedSentence, story_anachronism
from storyline.corpus.ledger.records import Conflict, Evidence
from storyline.corpus.ledger.series import GroupResult
from storyline.model import Flag, Span

__all__ = ["story_flags"]

_MAX_EVIDENCE = 5


def _span(e: Evidence) -> Span:
    return Span(e.start, e.end, e.text)


def _other_side(conflict: Conflict, article: str) -> str:
    others = [e for e in conflict.evidence if e.article != article]
    shown = [f"{e.outlet or e.article} ({e.text!r})" for e in others[:2]]
    return ", ".join(shown) or "another report"


def _contradicted(conflicts: list[tuple[Conflict, Evidence]], article: str) -> Flag:
    kinds = sorted({c.kind for c, _ in conflicts})
    first = conflicts[0][0]
    what = {"number": "a figure", "date": "a date", "attribution": "who said a quote"}
    message = (
        f"{len(conflicts)} report{'s' if len(conflicts) != 1 else ''} here conflict with other "
        f"reports of the story ({', '.join(what[k] for k in kinds)}); e.g. against "
        f"{_other_side(first, article)}: {first.message}"
    )
    spans = tuple(dict.fromkeys(_span(e) for _, e in conflicts))[:_MAX_EVIDENCE]
    return Flag("contradicted", "warning", message, spans)


def _uncorroborated(found: list[Evidence]) -> Flag:
    shown = ", ".join(repr(e.text) for e in found[:3])
    return Flag(
        "uncorroborated",
        "info",
        f"no other outlet in the story backs {shown}"
        + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        + " (other outlets' figures for the days around it leave no room for it)",
        tuple(_span(e) for e in found[:_MAX_EVIDENCE]),
    )


def story_flags(
    outcomes: Iterable[GroupResult],
    undated: Mapping[str, list[DatedSentence]],
    span: tuple[dt.date, dt.date] | None,
) -> dict[str, list[Flag]]:
    """Story-level flags by article id, from the ledger's group outcomes and the story span."""
    conflicts: dict[str, list[tuple[Conflict, Evidence]]] = defaultdict(list)
    unbacked: dict[str, list[Evidence]] = defaultdict(list)
    for outcome in outcomes:
        for c in outcome.conflicts:
            for e in c.evidence:
                conflicts[e.article].append((c, e))
        for e in outcome.unsupported:
            unbacked[e.article].append(e)
    out: dict[str, list[Flag]] = defaultdict(list)
    for article, found in conflicts.items():
        out[article].append(_contradicted(found, article))
    for article, evidence in unbacked.items():
        out[article].append(_uncorroborated(sorted(evidence, key=lambda e: e.start)))
    for article, dates in undated.items():
        flag = story_anachronism(dates, span)
        if flag is not None:
            out[article].append(flag)
    return dict(out)
