"""An article's opening dateline is no speaker ("VELMORE, March 3 (Agency) - ...").

A wire lead opens with the place it was filed from, in capitals, then the day and the
agency, then a dash or a colon: "VELMORE, March 3 (Agency) - The mayor said ...",
"KARLSTADT, Velmore — Ana Ruiz told ...", "VELMORE: Police said ...". The parse may take
the place for the subject of the lead's verb, or the colon for a speaker's label; either
way a reader would be shown a town as the one who spoke. A speaker written inside the
dateline is dropped (the quote is kept, with no speaker), and a colon quote whose label
is the dateline is dropped when its words report a source of their own ("VELMORE: Police
said ..."): the words are that source's, already a quote. A label in capitals before a
colon with nothing else of a dateline, over words that report no source ("RUIZ: We
will rebuild"), is a transcript's turn and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.model import EntityMention, Quote

__all__ = ["dateline_end", "without_dateline_speakers"]

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_REGION = r"[A-Z][a-z][\w.'’\-]*(?:[ \t]+[A-Z][a-z][\w.'’\-]*){0,2}"
_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
_DATELINE = re.compile(
    rf"\s*(?P<place>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}})"
    rf"(?:[ \t]*,[ \t]*{_REGION})?"
    rf"(?P<day>[ \t]*,[ \t]*{_DAY})?"
    r"(?P<agency>[ \t]*(?:\(|-LRB-)[^()\n]{1,40}?(?:\)|-RRB-))?"
    r"[ \t]*(?P<sep>--|—|–|-|:)[ \t]"
)
"""Capitals opening the text (the place, up to four words), then any ", Region" (not in
capitals: "ANA RUIZ, HOST:" is a transcript's label) and ", March 3" and an "(Agency)",
then a dash or a colon."""


def dateline_end(text: str) -> tuple[int, bool] | None:
    """Where the opening dateline's place ends, and whether the dateline is certain (more
    than capitals and a colon: a day or an agency, or a dash after them), or None when the
    text opens with none."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    certain = bool(m["day"] or m["agency"]) or m["sep"] != ":"
    return m.end("place"), certain


def without_dateline_speakers(
    text: str, quotes: Sequence[Quote], entities: Sequence[EntityMention] = ()
) -> list[Quote]:
    """The quotes with no speaker read from the opening dateline (see the module). A label
    before a bare colon that `entities` type a person ("KURTZ: There is news, officials
    said") is a transcript's turn whatever its words report."""
    found = dateline_end(text)
    if found is None:
        return list(quotes)
    place_end, certain = found
    if not certain and any(e.label == "PERSON" and e.start < place_end for e in entities):
        return list(quotes)
    out: list[Quote] = []
    for q in quotes:
        s = q.speaker
        if s is None or s.start is None or s.start >= place_end:
            out.append(q)
            continue
        if q.cue == ":" and any(_reports_inside(q, o) for o in quotes if o is not q):
            continue  # "VELMORE: Police said ...": the words are the police's quote
        if q.cue == ":" and not certain:
            out.append(q)  # "RUIZ: We will rebuild": a transcript's turn
            continue
        out.append(replace(q, speaker=None))
    return out


def _reports_inside(label: Quote, other: Quote) -> bool:
    """Whether `other` is a statement with a speaker written within `label`'s words."""
    s = other.speaker
    return (
        s is not None
        and s.start is not None
        and label.start <= s.start
        and other.end <= label.end + 1
    )
