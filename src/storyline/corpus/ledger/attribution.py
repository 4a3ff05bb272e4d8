"""The same quote attributed to different people by different reports.

Only direct quotes of at least `MIN_QUOTE_WORDS` words with a named speaker
are compared (`storyline.corpus.ledger.inputs`), by the words they quote.
Two speakers are the same person when one name's words are all in the other
("Oberg", "Patrik Oberg", "Governor Patrik Oberg"): the quote stage resolves
speakers within one article, so a surname in one report and the full name in
another is no disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from storyline.corpus.ledger.records import Conflict, Evidence, QuotePrint

__all__ = ["attribution_conflicts", "same_person"]

_NAME_WORDS = re.compile(r"[a-z]+")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "governor", "general", "the"}
)


def _name(speaker: str) -> frozenset[str]:
    return frozenset(w for w in _NAME_WORDS.findall(speaker.lower()) if w not in _TITLES)


def same_person(a: str, b: str) -> bool:
    """Whether two speaker names can name one person (one's words all in the other's)."""
    wa, wb = _name(a), _name(b)
    if not wa or not wb:
        return True  # nothing to tell them apart
    return wa <= wb or wb <= wa


def _evidence(q: QuotePrint) -> Evidence:
    return Evidence(q.article, q.start, q.end, q.text, None, q.outlet, None, q.speaker)


def attribution_conflicts(quotes: Iterable[QuotePrint]) -> list[Conflict]:
    """One conflict per quote and pair of speakers who cannot be one person."""
    by_print: dict[str, list[QuotePrint]] = defaultdict(list)
    for q in quotes:
        if q.fingerprint:
            by_print[q.fingerprint].append(q)
    out: list[Conflict] = []
    for _fp, found in sorted(by_print.items()):
        speakers: list[QuotePrint] = []
        for q in sorted(found, key=lambda q: (q.article, q.start)):
            if not any(same_person(q.speaker, s.speaker) for s in speakers):
                speakers.append(q)
        for other in speakers[1:]:
            first = speakers[0]
            if other.article == first.article:
                continue
            out.append(
                Conflict(
                    "attribution",
                    None,
                    f"the same words are attributed to {first.speaker} by "
                    f"{first.outlet or first.article} and to {other.speaker} by "
                    f"{other.outlet or other.article}",
                    (_evidence(first), _evidence(other)),
                )
            )
    return out
