"""Where sources disagree, in the words a briefing shows: one item per conflict.

`disagreements(ledger)` is what a briefing's "where sources disagree" section
lists: each conflict of the ledger with what it is about (the series'
category, subject and place), the rule it breaks, and the reports on every
side (article, span, value, outlet, as-of date).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.corpus.ledger.counted import COUNTED, counted_label
from storyline.corpus.ledger.keys import subject_key
from storyline.corpus.ledger.records import ClaimSeries, Evidence, Ledger

__all__ = [
    "CATEGORY_NAMES",
    "ESTIMATED",
    "Disagreement",
    "category_name",
    "disagreements",
    "series_label",
]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Reports that cannot all be right, ready to print."""

    kind: str
    """"number", "date" or "attribution"."""
    about: str
    """What is disagreed on: "killed", "money (EUR): approve", "who said a quote"..."""
    series: str | None
    message: str
    reports: tuple[Evidence, ...]


_UNSAID_PURPOSE = frozenset(
    {
        # function words an amount hangs from ("from $75m to $10bn")
        "from", "of", "to", "for", "at", "by", "with", "in", "on", "about", "than", "over",
        "under", "between", "around", "up", "into", "per", "as",
        # a share of an amount ("half of $9bn"): a part, not what the money is for
        "half", "third", "quarter", "fraction", "part", "share", "portion", "rest", "total",
        "sum", "amount", "figure", "number", "some", "most", "much", "all",
        # the money itself ("$5 million of his own money"): no purpose either
        "money", "cash", "fund", "funds",
        # light verbs ("has gone to", "is", "have"): they say nothing of the money
        "be", "have", "go", "get", "come", "make", "take", "put", "do",
        # verbs of a level ("the claims stand at $3m", "remains at"): they say where the
        # amount is, not what it is
        "stand", "remain", "stay", "sit", "hover", "add",
    }
)  # fmt: skip
"""Words an amount or a percentage may hang from that name nothing a reader could take
for what the money is (a label "money (USD): half" or "from" reads as garbage): the series
keeps its key, the label leaves the word out."""


CATEGORY_NAMES = {"arrested": "arrested or detained"}
"""Categories whose one word would say less than the text: "arrested" also counts people
detained, jailed or held ("the camp holds 300 prisoners"). A charge is no arrest and is not
counted here (`storyline.analyze.claims.context.CUE_CATEGORIES`)."""


ESTIMATED = "estimated or suspected"
"""What a series label ends with when every report in it is an estimate or suspected, and
what a single such report's line says (the brief's renderer reads both)."""


def category_name(category: str) -> str:
    """A category as a reader may read it (`CATEGORY_NAMES`), else its own word."""
    return CATEGORY_NAMES.get(category, category)


def series_label(series: ClaimSeries) -> str:
    """What a series counts, as a reader names it: "killed", "money (EUR): approve, Athens"."""
    named = category_name(series.category)
    what = named if series.unit in (None, "people") else f"{named} ({series.unit})"
    if series.category == COUNTED:  # "customers", "votes: lead": the noun is the label
        what = counted_label(series.unit or "")
    key = "" if series.category == COUNTED else subject_key(series.category, series.subject)
    shown = key and not (
        series.category in ("money", "percent") and _unsaid(key, series.subject or "")
    )
    subject = series.subject if shown else None
    if series.points and all(p.measure == "estimated" for p in series.points):
        what = f"{what}, {ESTIMATED}"  # "a virus suspected of killing 100"
    details = [d for d in (subject, series.location, series.cause) if d]
    return f"{what}: {', '.join(details)}" if details else what


def _unsaid(key: str, subject: str) -> bool:
    """A verb that says nothing of what an amount is for (`_UNSAID_PURPOSE`), or no word at
    all: a bracket token or a prefix a parse took for the verb ("-rrb-", "re")."""
    word = subject.strip()
    return key in _UNSAID_PURPOSE or len(key) < 3 or not (word.isalpha() or " " in word)


def _about(ledger: Ledger, series_id: str | None, kind: str) -> str:
    found = ledger.series_by_id(series_id) if series_id else None
    if found is None:
        return {"date": "the date of an event", "attribution": "who said a quote"}.get(kind, kind)
    return series_label(found)


def disagreements(ledger: Ledger, *, limit: int | None = None) -> list[Disagreement]:
    """The ledger's conflicts as disagreements, numbers first, at most `limit`."""
    out = [
        Disagreement(c.kind, _about(ledger, c.series, c.kind), c.series, c.message, c.evidence)
        for c in ledger.conflicts
    ]
    return out[:limit] if limit is not None else out
