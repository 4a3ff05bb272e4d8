"""Flags aggregated by outlet: how many of an outlet's articles carry each flag.

A reader judging an outlet sees counts and shares per flag code, never a
score: each count stands for articles whose flags carry their own evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.model import Flag

__all__ = ["OutletSummary", "outlet_summary"]


@dataclass(frozen=True, slots=True)
class OutletSummary:
    """One outlet: its articles, and per flag code how many of them carry it."""

    outlet: str
    articles: int
    flagged: int
    """Articles with at least one flag of severity warning or alert."""
    codes: tuple[tuple[str, int], ...]
    """(code, articles carrying it), most frequent first."""

    def share(self, code: str) -> float:
        found = dict(self.codes).get(code, 0)
        return found / self.articles if self.articles else 0.0


def outlet_summary(
    articles: Iterable[tuple[str | None, Sequence[Flag]]],
) -> list[OutletSummary]:
    """Per outlet ("(unknown)" when none), from (outlet, flags) of each article; largest first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for outlet, flags in articles:
        name = outlet or "(unknown)"
        totals[name] += 1
        counts[name].update({f.code for f in flags})
        if any(f.severity in ("warning", "alert") for f in flags):
            flagged[name] += 1
    return [
        OutletSummary(
            outlet=name,
            articles=totals[name],
            flagged=flagged[name],
            codes=tuple(sorted(counts[name].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for name in sorted(totals, key=lambda n: (-totals[n], n))
    ]
