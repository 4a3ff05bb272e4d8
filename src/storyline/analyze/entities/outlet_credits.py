"""Who wrote and filed a report is no entity of its news: the outlet's name in the
dateline ("TARN CITY (Agency) -- ..."), the byline ("By the Agency Wire Staff", "By Ana
Vell and Bo Park, Agency") and the closing credit ("Agency's Ana Vell contributed to this
report."). Counted as mentions, the outlet ranked among a story's top entities on every
article it filed, though nothing in the story was about it. A report that names the
outlet as part of the news ("told Agency", "an Agency crew") keeps those mentions.

An article-wide pass over prepared mentions, run by canonical.py with the other passes
that drop mentions; shapes only (brackets, dashes, "By" at a line's start, a role word,
"contributed to this report"), never an outlet's name.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention
from storyline.ingest.headers import MONTH_PATTERN

__all__ = ["drop_outlet_credits"]

_OPEN_BEFORE = re.compile(r"(?:\(|-LRB-)\s*\Z")
_CLOSE_DASH_AFTER = re.compile(r"\s*(?:\)|-RRB-)\s*(?:--|—|–|-)(?:\s|\Z)")
"""A dateline's credit: the mention alone in brackets, a dash after ("(Agency) --")."""
_CONTRIBUTED = re.compile(
    r"\b(?:contributed|contributing)\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b"
    r"|\b(?:additional|further)\s+reporting\s+by\b",
    re.IGNORECASE,
)
"""A closing credit's words ("... contributed to this report", "Additional reporting by")."""
_ROLE = (
    r"(?:Staff|Writers?|Correspondents?|Reporters?|Editors?|Producers?|Columnists?|"
    r"Contributors?|Wire|Desk)"
)
_LOWER_ROLE = r"(?:staff\s+)?(?:reporter|correspondent|editor|writer|producer)"
_NAME_WORD = r"[A-Z][\w.'’&-]*"
_NOT_A_NAME = re.compile(
    rf"(?:{MONTH_PATTERN}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Now|Then|Noon|Dawn|Dusk|"
    r"Midnight|Night|Late|Early|End|Far|All|Most|Some|Contrast|Comparison|Law|Order)\b"
)
"""Words that open "By ..." as news does ("By Monday , ...", "By contrast ,"), no byline."""
_ROLE_BYLINE = re.compile(rf"By\s+the\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+{_ROLE}\b")
"""A desk's byline at a line's start: "By the Agency Wire Staff"."""
_NAMED_BYLINE = re.compile(
    rf"By\s+(?!the\b){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s+{_LOWER_ROLE})?"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*\s*,\s*"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}?(?:\s+{_ROLE}\b|(?=\s*(?:$|\n|[|])|\s+[A-Z]))"
)
"""A reporter's byline: names, a comma and the outlet ("By Ana Vell and Bo Park , Agency",
"By Ana Vell , Agency Senior Producer"). Read only in a page's first lines, where a byline
stands: further down "By Midsummer , Kessa Oil had paid" is news."""
_BYLINE_LINES = 3
"""Lines at the top of a page where a reporter's byline may stand."""


def drop_outlet_credits(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` without the mentions in a dateline's credit, a byline at a line's start or a
    sentence crediting reporters ("... contributed to this report")."""
    bylines, credits = _byline_spans(text), _credit_spans(text)
    out = []
    for w in work:
        # a byline's outlet the recogniser ran into the caption's first word ("Agency
        # Rebels") starts inside the byline: all of it goes
        if any(start <= w.start < end for start, end in bylines):
            continue
        if any(start <= w.start and w.end <= end for start, end in credits):
            continue
        opened = _OPEN_BEFORE.search(text, max(0, w.start - 8), w.start)
        if opened and _CLOSE_DASH_AFTER.match(text, w.end) and not _stated(work, opened.start()):
            continue
        if w.label in _OUTLET_LABELS and (
            _OWN_STAFF_AFTER.match(text, w.end)
            or (
                _BIO_BEFORE.search(text, max(0, w.start - 24), w.start)
                and _JOURNALIST_AFTER.match(text, w.end)
            )
        ):
            continue
        out.append(w)
    return out


_JOURNALIST = (
    r"(?:correspondents?|columnists?|reporters?|editors?|writers?|bloggers?|critics?|"
    r"news\s+(?:team|desk)|podcast|column|coverage|blog)"
)
_OWN_STAFF_AFTER = re.compile(
    rf"\s*['’]\s*s\s+(?:[\w-]+\s+){{0,3}}?{_JOURNALIST}\b"
    rf"|\s+{_JOURNALIST}\s+[A-Z]"
    r"|\s*['’]\s*s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:writes|reports|describes|blogs)\b"
    r"|\s+news\s*desk\b"
)
"""An outlet named as the home of its journalists or its columns ("The Gazette 's Ann Lee
writes", "the Gazette 's foreign affairs columnist", "the Gazette columnist Ann Lee", "the
Gazette 's country guide podcast", "To contact the Gazette news desk"): who wrote a live
page's items, or the page's contact line, no entity of its news."""
_BIO_BEFORE = re.compile(r"\b(?:is|was|are)\s+(?:an?\s+)?(?:former\s+)?\Z")
_JOURNALIST_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_JOURNALIST}\b")
"""A writer's line about themselves ("-- Ana Vell is a Gazette columnist ."): the outlet is
where the writer works, said under the column, no entity of its news."""
_OUTLET_LABELS = frozenset({"ORG", "NORP", "PRODUCT"})
"""Types the recogniser gives an outlet's name ("MediaGazette" read as a people)."""


def _stated(work: list[PreparedMention], bracket: int) -> bool:
    """Whether a name other than a place's ends right before the bracket: the bracket
    then states its short form ("Tarn Airlines (TA) - the carrier"), no dateline's
    credit, which follows a place ("TARN CITY (Agency) --") or the highlights above it."""
    return any(
        w.label not in _PLACE_LABELS and not w.name.isupper() and 0 <= bracket - w.end <= _GAP
        for w in work
    )  # a name in capitals before the bracket is the dateline's town ("TARN CITY"), typed
    # a body or a person by the recogniser: a short form follows a name in ordinary case


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_GAP = 2


def _byline_spans(text: str) -> list[tuple[int, int]]:
    """Where the bylines opening a line lie: the names and the outlet, not the words after."""
    out = []
    for line in re.finditer(r"(?m)^[ \t]*By\s", text):
        start = line.end() - 3
        m = _ROLE_BYLINE.match(text, start)
        if m is None and text.count("\n", 0, start) < _BYLINE_LINES:
            m = _NAMED_BYLINE.match(text, start)
            if m is not None and _NOT_A_NAME.match(text, start + 3 + _spaces(text, start + 3)):
                m = None
        if m is not None:
            out.append((start, m.end()))
    return out


def _spaces(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip())


_WIRE_CREDIT = re.compile(
    r"(?:\(|-LRB-)\s*(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|Compiled|Written|Reported)"
    r"\s+by\b[^()\n]{0,240}?(?:\)|-RRB-)"
)
"""A wire report's closing credit in brackets ("(Reporting by Ana Vell; Writing by Bo Park;
Editing by Cy Lund)"): every name in it wrote or edited the report."""


_DISCLAIMER = re.compile(
    r"\b(?i:views|opinions)\s+expressed\b[^.\n]{0,120}?"
    r"\b(?:(?:do|does)\s+not\s+(?:necessarily\s+)?(?:represent|reflect)\b[^.\n]{0,80}"
    r"|are\s+(?:his|her|their|the\s+author['’]?s?)\s+own\b)"
)
"""A page's disclaimer ("Views expressed in the comments do not represent those of the
Gazette"): the outlet it names publishes the page, no entity of its news."""


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """The sentences (lines) crediting reporters, whole: every name in them is a credit;
    and a wire credit's bracket."""
    out = [(m.start(), m.end()) for m in _WIRE_CREDIT.finditer(text)]
    out += [(m.start(), m.end()) for m in _DISCLAIMER.finditer(text)]
    for m in _CONTRIBUTED.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()) + 1) + 1
        end = text.find("\n", m.end())
        out.append((start, len(text) if end < 0 else end))
    return out
