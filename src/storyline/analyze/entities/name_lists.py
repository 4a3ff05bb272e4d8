"""A list of names the recogniser read as one ("Dalvane , Harlow Group and ..." typed
one ORG): the names a comma joins are separate mentions.

A body or person never has a comma inside its name, except before the short forms that
close a company's or a person's name ("Tarvo Mining , Inc.", "Ivo Marr , Jr."). So a body
or person mention whose parts between commas each start with a capital, where no part is
such a closing form and the last is not joined by "and" (a series inside one name), is
split into its parts, each with the mention's label. A place keeps its comma ("Tarn ,
Delvania" is one place named with its region: place_chains.py reads it). The rule reads
the mention's own characters only, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.analyze.entities.prepare import RawMention

__all__ = ["split_name_lists"]

_LISTED_LABELS = frozenset({"ORG", "PERSON"})
_PART = re.compile(r"[^,]+")
_SERIES_END = re.compile(r"\s(?:and|&)\s")
"""A last part joined by "and" closes a series inside one name ("Maintenance, Repair and
Overhaul", "Vell, Marr & Tosk"): a list of bodies the recogniser ran together stops at
the comma before "and", so its last part holds no "and"."""
_CLOSING_FORM = re.compile(
    r"(?:Inc|Ltd|Co|Corp|LLC|LLP|LP|Plc|PLC|plc|AG|SA|NV|BV|NA|N\.A|Jr|Sr|II|III|IV|PhD|MD)\.?"
)
"""Short forms that close a company's or a person's name after a comma: a word class of
legal and generational suffixes, not names."""


def split_name_lists(text: str, raw: Iterable[RawMention]) -> list[RawMention]:
    """`raw` with each body or person mention listing names between commas split into one
    mention per name."""
    out: list[RawMention] = []
    for m in raw:
        out.extend(_parts(text, m))
    return out


def _parts(text: str, m: RawMention) -> list[RawMention]:
    surface = text[m.start : m.end]
    if m.label not in _LISTED_LABELS or "," not in surface:
        return [m]
    if _SERIES_END.search(surface.rsplit(",", 1)[1]):
        return [m]  # one name listing its own words: "Tarn Repair and Overhaul"
    parts: list[RawMention] = []
    for part in _PART.finditer(surface):
        words = part.group().strip()
        if not words:
            return [m]
        if not words[:1].isupper() or _CLOSING_FORM.fullmatch(words) or len(words) < 2:
            return [m]
        start = m.start + part.start() + part.group().index(words)
        parts.append(RawMention(start, start + len(words), m.label))
    return parts if len(parts) > 1 else [m]
