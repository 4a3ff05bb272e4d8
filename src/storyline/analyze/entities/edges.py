"""Mention edges the recogniser runs past a name, read from the shape of the text alone.

Each rule reads the mention, the words around it and the article's other
mentions, never a list of names:

- a dateline ("WASHINGTON (Reuters) -", "CAIRO, Egypt --") names where a report was
  filed, not what it is about: a mention in capitals followed by a dateline's
  trailer is no entity, even when typed a body or person ("VELMOUTH" ORG) if the
  trailer has an agency or a page header's bar and date;
- a byline run into the dateline after it ("By Ana Ruiz LIMA , May 2 ..."): a
  person's name in ordinary case does not go on in capitals, so the words in
  capitals are cut off;
- a lower-case word glued to the front of a person ("exit Ana Ruiz"): a name
  starts at a capital, except for the particles names carry ("de", "bin", "van");
- a demonym or place run onto the end of a person's name ("regroup in Port Vell
  Dorvanian government says ...", a list of headlines without full stops): when
  the last word is typed as a people or place elsewhere in the article and at
  least two words remain, the last word is that people (or that place, when the
  rest is written alone elsewhere);
- a body, place or thing cut after its first word ("the Deepwater Horizon rig" read as
  "Horizon"): a capitalised word between "the" and the mention that no other mention
  covers, and that is no demonym, month or weekday, is the name's first word;
- a fact box's field label run onto a name ("Tarn Heavy Works Yard Size: 396ft"): the
  last word before a colon and a figure is cut from a name of three words or more;
- a "person" holding a digit ("H5N1") is no person: names of people have no digits;
- a headline's verb run onto the name it opens with ("Ruiz Warns Of Slow Growth" read
  as PERSON "Ruiz Warns"): a last word in "-s" followed by more title-case words, after
  a name the article writes on its own, is no part of the name;
- a "place" whose name is followed by a company's nouns ("Dorvex profits", "Dorvex 's
  share price") at least twice and never follows a preposition of place ("in Dorvex")
  is a company;
- a body's name run into the title of the person after it ("Velmar Aero Executive Vice
  President Orrin Daske"): the body ends before the title (title_tails.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.mentions import _WEEKDAY
from storyline.analyze.entities.title_tails import without_title_tail
from storyline.analyze.intervals import OffsetIndex
from storyline.ingest.headers import MONTH_PATTERN

__all__ = ["repair_edges"]

_PARTICLES = frozenset(
    {
        *("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "du", "van"),
        *("von", "le", "la", "al", "el", "bin", "ibn", "bint", "abu", "ben", "y", "st"),
    }
)
"""Lower-case words that begin or sit inside personal names in many languages: a word
class, the only lower-case words a person's name may start with."""

_DATELINE_TRAILER = re.compile(
    r"\s*(?:,[^\n,()]{1,30}?(?:,[^\n,()]{1,20}?)?)?\s*"
    r"(?P<agency>(?:\(|-LRB-)[^\n()]{1,30}?(?:\)|-RRB-)\s*)?"
    r"(?:-{1,2}|–|—)(?=\s)"
)
"""What follows a dateline's place: an optional ", date" or ", country", an optional
bracketed agency, then a dash before the report begins. Without the agency the place
must start a line: "the UAE -- and Qatar" in a sentence is no dateline."""

_PEOPLE_OR_PLACE = frozenset({"NORP", "GPE", "LOC"})
_COMPANY_NOUNS = re.compile(
    r"\s*(?:['’]s\s+)?(?:share\s+price|shares|shareholders|profits?|earnings|revenues?|"
    r"chief\s+executive|stock\s+price)\b"
)
"""Nouns that follow a company's name and never a place's: a word class, not names."""
_PLACE_PREPOSITION = re.compile(r"\b(?:in|into|to|from|across|near|inside|outside)\s+(?:the\s+)?$")
_ROMAN = re.compile(r"^[IVX]+$")
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*)*")
"""Words in capitals in a row on one line: a dateline's place ("PORTO VELL")."""


def repair_edges(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """Raw mentions with datelines dropped and person names cut back to their own words."""
    people_or_places: dict[str, str] = {}
    for m in raw:
        if m.label in _PEOPLE_OR_PLACE:
            people_or_places.setdefault(text[m.start : m.end], m.label)
    written = {text[m.start : m.end] for m in raw}
    names = written | {
        words[-1]
        for m in raw
        if m.label == "PERSON" and len(words := text[m.start : m.end].split()) > 1
    }
    companies = _companies_typed_as_places(text, raw)
    longer = _long_names(text, raw)
    by_start = OffsetIndex(raw, lambda r: r.start)
    longest = max((r.end - r.start for r in raw), default=0)
    out: list[RawMention] = []
    for m in raw:
        surface = text[m.start : m.end]
        if _is_dateline(text, m):
            continue
        m = _without_field_label(text, m)
        surface = text[m.start : m.end]
        if m.label == "PERSON":
            if any(c.isdigit() for c in surface):
                out.append(RawMention(m.start, m.end, "PRODUCT"))
                continue
            m = _without_lower_lead(text, m)
            m = _without_capitals_tail(text, m)
            m = _without_headline_verb(text, m, names)
            out.extend(_split_people_tail(text, m, people_or_places, written))
            continue
        if surface in companies:
            m = RawMention(m.start, m.end, "ORG")
        m = without_title_tail(text, m, raw)
        cut_tail = _with_cut_tail(text, m, by_start, longest, longer)
        out.append(_with_cut_head(text, cut_tail, raw))
    return out


def _long_names(text: str, raw: Sequence[RawMention]) -> dict[str, list[tuple[str, str]]]:
    """The article's names of two words or more that are no person's, with their types, by
    each run of their first words (each `lead` with `name.startswith(lead + " ")`): what a
    name cut after its first words may be the start of."""
    found: dict[str, dict[tuple[str, str], None]] = {}
    for m in raw:
        surface = text[m.start : m.end]
        if m.label != "PERSON" and " " in surface:
            for i, c in enumerate(surface):
                if c == " ":
                    found.setdefault(surface[:i], {})[(surface, m.label)] = None
    # each name and type once, in the order first written: a name written hundreds of
    # times was tried hundreds of times for each mention sharing its first word
    return {lead: list(names) for lead, names in found.items()}


def _with_cut_tail(
    text: str,
    m: RawMention,
    by_start: OffsetIndex[RawMention],
    longest: int,
    longer: dict[str, list[tuple[str, str]]],
) -> RawMention:
    """ "a Velmar Gardens apartment" read as "Velmar" (a people, a place): when the words
    after the mention spell, with it, a longer name the article writes elsewhere as one
    mention ("in Velmar Gardens"), and no other mention covers them, the mention is that
    name, with that name's type; the recogniser cut it after the word it took for an
    adjective. The longest such name written is taken. `by_start`: the raw mentions by
    start (`longest`, the longest one's length: those reaching past `m` start near it)."""
    surface = text[m.start : m.end]
    if m.label == "PERSON" or not surface:
        return m
    best: tuple[str, str] | None = None
    for name, label in longer.get(surface, ()):
        if len(name) <= len(surface) or not name.startswith(surface + " "):
            continue
        end = m.start + len(name)
        if text[m.start : end] != name or _WORD_CHAR.match(text, end):
            continue
        reaching = by_start.within(m.end - longest, end)
        if any(r.start < end and r.end > m.end and r is not m for r in reaching):
            continue
        if best is None or len(name) > len(best[0]):
            best = (name, label)
    return m if best is None else RawMention(m.start, m.start + len(best[0]), best[1])


_WORD_CHAR = re.compile(r"[\w'’-]")


_FIELD_VALUE_AFTER = re.compile(r"[ \t]*:[ \t]*\d")
_LAST_WORD = re.compile(r"\s+[A-Z][a-z]+\Z")


def _without_field_label(text: str, m: RawMention) -> RawMention:
    """A fact box's field label run onto the name before it ("Built by Tarn Heavy Works
    Yard Size: 396ft", a line break lost): a last word right before a colon and a figure
    is the next row's label, no part of a name of three words or more."""
    surface = text[m.start : m.end]
    words = [w for w in surface.split() if w not in {"The", "the"}]
    if len(words) < 3 or not _FIELD_VALUE_AFTER.match(text, m.end):
        return m
    last = _LAST_WORD.search(surface)
    return RawMention(m.start, m.start + last.start(), m.label) if last else m


_CUT_HEAD = re.compile(r"(?<![\w-])(?:the|The)\s+([A-Z][a-z]+)[ \t]+\Z")
_NOT_A_HEAD = re.compile(
    r"[A-Z][a-z]+(?:an|ian|ese|ish|i)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
"""A demonym ("the Egyptian Army": the people's word is its own mention) or a date word."""


def _with_cut_head(text: str, m: RawMention, raw: Sequence[RawMention]) -> RawMention:
    """ "the Deepwater Horizon" read as "Horizon": the capitalised word between "the" and
    the mention, which no other mention covers, is the name's first word."""
    cut = _CUT_HEAD.search(text, max(0, m.start - 40), m.start)
    if cut is None or _NOT_A_HEAD.fullmatch(cut.group(1)):
        return m
    start = cut.start(1)
    if any(r.start < m.start and r.end > start for r in raw):
        return m
    return RawMention(start, m.end, m.label)


def _companies_typed_as_places(text: str, raw: Sequence[RawMention]) -> set[str]:
    cues: dict[str, int] = {}
    placed: set[str] = set()
    for m in raw:
        if m.label not in {"GPE", "LOC"}:
            continue
        surface = text[m.start : m.end]
        if _COMPANY_NOUNS.match(text, m.end):
            cues[surface] = cues.get(surface, 0) + 1
        if _PLACE_PREPOSITION.search(text, max(0, m.start - 20), m.start):
            placed.add(surface)
    return {s for s, n in cues.items() if n >= 2 and s not in placed}


def _stems(names: str) -> str:
    """The distinct three-letter stems of the capitalised names a pattern alternates
    (`MONTH_PATTERN`, `_WEEKDAY`), as an alternation: "Sep" for "September", "Sep" and
    "Sept"; "Thu" for "Thursday", "Thu", "Thur" and "Thurs". The header's date takes a
    stem and any lower-case letters after it, so the names are written once, where the
    headers and the mentions read them."""
    return "|".join(dict.fromkeys(name[:3] for name in re.findall(r"[A-Z][a-z]+", names)))


_HEADER_TRAILER = re.compile(
    r"(?:[ \t]*,[^\n,|()]{1,30}?)?"
    rf"[ \t]*\|[ \t]*(?:(?:{_stems(_WEEKDAY)})[a-z]*\.?,?[ \t]+)?"
    rf"(?:{_stems(MONTH_PATTERN)})[a-z]*\.?[ \t]+\d"
)
"""A page header's place before a bar and the date ("TARN CITY | Thu Mar 3 , 2011"): where
the page was filed, like a dateline; a region may sit between ("TARN , Vell | Thu ...")."""
_DATELINE_MISTYPED = frozenset({"ORG", "PERSON", "NORP", "FAC"})
"""Labels the recogniser gives a dateline's place in capitals when it reads it as a body or
a person ("VELMOUTH" as ORG): such a mention is dropped only on the strong forms of a
dateline (a page header's bar and date, or an agency in brackets), so "NATO -- the
alliance" at a line's start stays a body."""


def _is_dateline(text: str, m: RawMention) -> bool:
    surface = text[m.start : m.end]
    placed = m.label in {"GPE", "LOC"}
    if not (placed or m.label in _DATELINE_MISTYPED):
        return False
    if not surface.isupper() or len(surface) < 3:
        return False
    if _HEADER_TRAILER.match(text, m.end):
        return True
    trailer = _DATELINE_TRAILER.match(text, m.end)
    if trailer is None:
        return False
    if not placed:
        return trailer.group("agency") is not None
    line_start = text.rfind("\n", 0, m.start) + 1
    return trailer.group("agency") is not None or not text[line_start : m.start].strip()


def _without_lower_lead(text: str, m: RawMention) -> RawMention:
    start = m.start
    while True:
        word = re.match(r"(\S+)\s+", text[start : m.end])
        if word is None or not word.group(1)[:1].islower():
            break
        if word.group(1).casefold() in _PARTICLES:
            break
        start += word.end()
    return m if start == m.start else RawMention(start, m.end, m.label)


def _without_capitals_tail(text: str, m: RawMention) -> RawMention:
    """ "Ana Ruiz LIMA": a name begun in ordinary case that goes on in capitals ends there."""
    words = list(re.finditer(r"\S+", text[m.start : m.end]))
    for i, word in enumerate(words):
        w = word.group()
        if i == 0:
            if w.isupper():
                return m  # a name written in capitals throughout is read elsewhere
            continue
        letters = re.sub(r"[^A-Za-z]", "", w)
        if len(letters) >= 3 and w.isupper() and not _ROMAN.match(letters):
            # only a dateline ends the name there: "Jean-Luc DURAND said" writes a
            # surname in capitals (agency style), "Ana Ruiz LIMA, May 3 -" is a byline
            run = _CAPITALS_RUN.match(text, m.start + word.start())
            if run is None or _DATELINE_TRAILER.match(text, run.end()) is None:
                return m
            end = m.start + words[i - 1].end()
            return RawMention(m.start, end, m.label)
    return m


_HEADLINE_VERB = re.compile(r"[A-Z][a-z]{2,}[^s\W]s")
"""A title-case word in a verb's third-person form ("Warns", "Outlines", "Says")."""
_TITLE_NEXT = re.compile(r"[ \t]+(?:[A-Z][a-z]*|[A-Z]+)\b")


def _without_headline_verb(text: str, m: RawMention, names: set[str]) -> RawMention:
    """ "Ruiz Warns Of Slow Growth": a headline's subject and verb read as one name. When
    the words before the last are a name the article writes on its own (or a person's
    surname), the last word ends in "-s" and the title-case run goes on after it, the
    name ends before that word: in running text a name is not followed by a capital."""
    words = list(re.finditer(r"\S+", text[m.start : m.end]))
    if len(words) < 2 or not _HEADLINE_VERB.fullmatch(words[-1].group()):
        return m
    head_end = m.start + words[-2].end()
    if text[m.start : head_end] not in names or not _TITLE_NEXT.match(text, m.end):
        return m
    return RawMention(m.start, head_end, m.label)


def _split_people_tail(
    text: str, m: RawMention, people_or_places: dict[str, str], written: set[str]
) -> list[RawMention]:
    """ "Port Vell Dorvanian": the last word is a people (or a place after a name the
    article also writes alone) named elsewhere in the article, so it is not the name's."""
    words = list(re.finditer(r"\S+", text[m.start : m.end]))
    if len(words) < 3:
        return [m]
    last = words[-1]
    label = people_or_places.get(last.group())
    head = text[m.start : m.start + words[-2].end()]
    if label is None or (label != "NORP" and head not in written):
        return [m]
    return [
        RawMention(m.start, m.start + words[-2].end(), m.label),
        RawMention(m.start + last.start(), m.end, label),
    ]
