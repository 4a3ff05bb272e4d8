"""Repairs of one article's mentions that the recogniser gets wrong in general ways.

Each reads only the article's own mentions, never a list of names:

- a body's name cut before "of" and a place ("Reserve Bank" "of" "Dorvan City") is
  one name;
- a run-in name: a place or body written right before a person's surname is
  taken into the name ("in Misrata Gadhafi's troops" -> PERSON "Misrata
  Gadhafi"); when the first words are themselves a place or body the article
  names and the rest is a person it names, the mention starts at the person;
- a body's name run into "Mr"/"Ms"/"Dr" and a person's name is two mentions;
- a name in capitals ("BARACK OBAMA" in a heading) is the name the article
  writes in ordinary case, with that mention's type;
- a nickname in quote marks inside a name ("Marten `K' Dowd", "Ana \"Tita\" Ruiz") cuts
  the recogniser's span in two at the quote marks: the given name, the nickname and the
  surname are one person's name (normalize_name drops the nickname from it);
- a short form by a middle word ("Lula" for "Luiz Inacio Lula da Silva"): a
  lone word that is a later word of exactly one person's full name stands for
  that person (the last word, the surname, is already read by canonicalize).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.entities.canonical import RawMention
from storyline.ingest.headers import DATE_PATTERN
from storyline.model import EntityMention

__all__ = ["repair_named", "repair_raw"]

_NOT_PERSON = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})
_POSSESSIVE = re.compile(r"['’]s?$")


def repair_raw(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """Raw mentions with run-in names cut back to the person and names in capitals typed
    as the same name in ordinary case."""
    raw = _join_numbered(
        text, [m for m in raw if not _era_mark(text, m) and not _date_named(text, m)]
    )
    raw = _join_of_place(text, [t for m in raw if (t := _trimmed(text, m)) is not None])
    raw = [_with_its_number(text, m) for m in raw]
    raw = [part for m in raw for part in _split_at_honorific(text, m)]
    raw = _join_nicknames(text, raw)
    places = Counter(text[m.start : m.end] for m in raw if m.label in _NOT_PERSON)
    places -= Counter(  # a given name read alone as a person more often than otherwise
        text[m.start : m.end]
        for m in raw
        if m.label == "PERSON" and " " not in text[m.start : m.end].strip()
    )
    surnames = {
        words[-1]
        for m in raw
        if m.label == "PERSON" and len(words := text[m.start : m.end].split()) > 1
    }
    named = Counter(
        " ".join(text[m.start : m.end].split())
        for m in raw
        if m.label == "PERSON" and " " in text[m.start : m.end].strip()
    )
    named_by_last: dict[str, list[str]] = {}
    for n in named:  # each full name under its last word, looked up per mention
        named_by_last.setdefault(n.split()[-1], []).append(n)
    by_case = {text[m.start : m.end]: m.label for m in raw if not _capitals(text[m.start : m.end])}
    out: list[RawMention] = []
    for m in raw:
        surface = text[m.start : m.end]
        if m.label == "PERSON":
            m = _cut_run_in(text, m, places, surnames, named, named_by_last)
        elif m.label in _NOT_PERSON and (parts := _body_run_into_surname(text, m, surnames)):
            out.extend(parts)
            continue
        elif _capitals(surface):
            label = by_case.get(_ordinary_case(surface))
            if label is not None and label != m.label:
                m = RawMention(m.start, m.end, label)
        out.append(m)
    return out


_VERB_AFTER = re.compile(r"[ \t]+[a-z]")


def _body_run_into_surname(text: str, m: RawMention, surnames: set[str]) -> list[RawMention]:
    """ "an interview with Wire Insider TV Halvi said": a body of two words or more run into
    the surname of a person the article names in full, a lower-case word (the verb) after
    it, is the body and the person; [] when the mention is no such run-in."""
    words = list(re.finditer(r"\S+", text[m.start : m.end]))
    if len(words) < 3 or words[-1].group() not in surnames:
        return []
    if not _VERB_AFTER.match(text, m.end):
        return []
    head_end, last = m.start + words[-2].end(), m.start + words[-1].start()
    return [RawMention(m.start, head_end, m.label), RawMention(last, m.end, "PERSON")]


_INNER_HONORIFIC = re.compile(r"\s(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]")


def _split_at_honorific(text: str, m: RawMention) -> list[RawMention]:
    """A mention with "Mr", "Mrs", "Ms" or "Dr" inside it ("the Harbour Radio World Desk Mr
    Varga", tokenised text with no comma after an interview's outlet): the recogniser ran
    a body's name into the person after it; the words before the title are the body
    (keeping the mention's type) and the title opens a person's name."""
    inner = _INNER_HONORIFIC.search(text, m.start, m.end)
    if inner is None or inner.start() <= m.start:
        return [m]
    cut = inner.start() + 1
    return [RawMention(m.start, inner.start(), m.label), RawMention(cut, m.end, "PERSON")]


_NICKNAMED = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:``?|‘|“|\"|')\s*[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)?\s*(?:''?|’|”|\")\s+\Z"
)
"""A name's first words, then a nickname of one or two capitalised words in quote marks,
up to where the surname's mention starts ("Marten ` K ' " before "Dowd")."""


def _join_nicknames(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """A person's span ending at a quoted nickname, or just before it, and the person's
    span right after the closing mark ("Marten ` K" + "Dowd") are one name."""
    out: list[RawMention] = []
    for m in raw:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "PERSON"
            and m.label == "PERSON"
            and 0 < m.start - prev.start <= 60
            and prev.end <= m.start
            and _NICKNAMED.fullmatch(text, prev.start, m.start)
        ):
            out[-1] = RawMention(prev.start, m.end, "PERSON")
            continue
        out.append(m)
    return out


_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY"})
_NUMBERED_LABELS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})
"""Types of a name that may end in a number after "of" ("Group of 20"); a person's or a
date's never does."""
_OF_GAP = re.compile(r"[ \t]+of[ \t]+")
_ERA = re.compile(r"(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)")
_YEAR_BEFORE = re.compile(r"\d[ \t]*\Z")


_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?\s*,?\s*)?"
_DATE_NAME = re.compile(_WEEKDAY + DATE_PATTERN)


def _date_named(text: str, m: RawMention) -> bool:
    """A page header's date stamp read as a name ("Thu Mar 3 , 2011" typed a product): a
    date, no entity; the date's own types are left to the timex stage."""
    return m.label != "DATE" and _DATE_NAME.fullmatch(text, m.start, m.end) is not None


def _era_mark(text: str, m: RawMention) -> bool:
    """ "562 BC" read as a body "BC": an era's abbreviation right after a year is part of
    the date, no name."""
    return _ERA.fullmatch(text, m.start, m.end) is not None and bool(
        _YEAR_BEFORE.search(text, max(0, m.start - 4), m.start)
    )


def _join_numbered(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """A body named by a number after "of" ("Group of 20") that the recogniser cut before
    the number ("Group of" + "20", or "Group" + "of" + "30"): one name, the body's type; a
    name cut after "of" would otherwise stand as "Group of" or "Group" alone."""
    out: list[RawMention] = []
    for m in sorted(raw, key=lambda r: r.start):
        prev = out[-1] if out else None
        if prev is not None and m.label in _NUMBER_LABELS and prev.label in _NUMBERED_LABELS:
            gap = text[prev.end : m.start]
            cut_after_of = text[prev.start : prev.end].endswith(" of") and gap in {" ", "\t"}
            if cut_after_of or _OF_GAP.fullmatch(gap):
                out[-1] = RawMention(prev.start, m.end, prev.label)
                continue
        out.append(m)
    return out


_NUMBER_AFTER_NO = re.compile(r" ?\. ?\d{1,4}\b")
"""The full stop and the number after a name's closing "No" ("Juror No. 8", "No . 12")."""


def _with_its_number(text: str, m: RawMention) -> RawMention:
    """A mention the recogniser cut at the "No" of a number ("Juror No" of "Juror No. 8"):
    the abbreviation's full stop ends a token, and the number after it is the name's own.
    Cut, two numbered ones ("Juror No. 8", "Juror No. 12") read as one "Juror No"."""
    if not text[m.start : m.end].endswith(" No"):
        return m
    number = _NUMBER_AFTER_NO.match(text, m.end)
    return m if number is None else RawMention(m.start, number.end(), m.label)


def _join_of_place(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """A body's name split before "of" and a place ("Reserve Bank" + "of" + "Dorvan City"):
    the recogniser cut one name in two; "Reserve Bank of Dorvan City" is one body, and a
    different one from a "Reserve Bank" of another city."""
    out: list[RawMention] = []
    for m in sorted(raw, key=lambda r: r.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and m.label in {"GPE", "LOC"}
            and text[prev.end : m.start] == " of "
        ):
            out[-1] = RawMention(prev.start, m.end, "ORG")
        else:
            out.append(m)
    return out


_EDGE = re.compile(r"^(?:\s|-LRB-|-RRB-|-LSB-|-RSB-|[-–—|(),;:])+")
_EDGE_END = re.compile(r"(?:\s|-LRB-|-RRB-|-LSB-|-RSB-|[-–—|(),;:])+$")
_INNER_BRACKET = re.compile(r"\s(?:-LRB-|-LSB-|\(|\[)")
_OPEN_END = re.compile(r"(?:\s+(?:of|and|for|the|to|in|on|at|with|from|by|&))+$")
"""Function words a name does not end with: the recogniser cut the name after them."""
_SPACED_POSSESSIVE_END = re.compile(r"\s+['’](?:[ \t]*s)?$")
"""A tokenised text's possessive ("Ana Ruiz ' s", "Ana Ruiz '") at a mention's end: an
apostrophe set off by a space is never part of a name, and its "s" is the possessive's."""
_INNER_CLOSE = re.compile(r"^[^()\[\]]*?\s(?:-RRB-|-RSB-|\)|\])(?=\s)")
"""A bracket closed inside a mention that opened none: the end of a credit before it."""


def _trimmed(text: str, m: RawMention) -> RawMention | None:
    """A mention without the dashes and tokenised brackets ("-RRB-") a dateline leaves at
    its edges ("- Omar Halvi", "-RRB- Egypt"), without a credit closed inside it
    ("Agency -RRB- - Dorvan"), without a bracket opened inside it and without a spaced
    possessive at its end ("Ana Ruiz ' s"); None when nothing is left."""
    surface = text[m.start : m.end]
    possessive = _SPACED_POSSESSIVE_END.search(surface)
    if possessive is not None and possessive.start() > 0:
        m = RawMention(m.start, m.start + possessive.start(), m.label)
        surface = surface[: possessive.start()]
    closed = _INNER_CLOSE.search(surface)
    if closed is not None:
        # "Reuters -RRB- - China": a dateline's credit closes inside the span; the name
        # is what follows it
        m = RawMention(m.start + closed.end(), m.end, m.label)
        surface = text[m.start : m.end]
    inner = _INNER_BRACKET.search(surface)
    if inner is not None and inner.start() > 0:
        # "GlaxoSmithKline -LRB- GSK": the name ends where its bracketed ticker or acronym
        # begins
        surface = surface[: inner.start()]
    head = _EDGE.match(surface)
    tail = _EDGE_END.search(surface)
    start = m.start + (head.end() if head else 0)
    end = m.start + (tail.start() if tail else len(surface))
    # "Five Pillars of": a name cut after a function word ends before it
    cut = _OPEN_END.search(text, start, end)
    if cut is not None and cut.start() > start:
        end = cut.start()
    if end <= start:
        return None
    return m if (start, end) == (m.start, m.end) else RawMention(start, end, m.label)


def _cut_run_in(
    text: str,
    m: RawMention,
    places: Counter[str],
    surnames: set[str],
    named: Counter[str],
    named_by_last: dict[str, list[str]],
) -> RawMention:
    """ "Kestria Dana Vale": a place run into the name of a person the article names in full
    is no part of it. Where no other mention holds the surname ("Robert Bea", written once
    in full), the first word is cut only when the article writes it as a place or a body
    twice or more ("Kestria Hey , what do you know" of a much-named Kestria): a given name
    the recogniser once read as a place stays the person's (`named` counts the full person
    names written, `places` the place- and body-typed ones less the word's readings alone
    as a person: a given name typed a person eight times and a place once, "in Ivo 's
    day", is the given name, even where a second full name shares the surname;
    `named_by_last` holds those names by their last word)."""
    words = text[m.start : m.end].split(" ")
    surface = " ".join(text[m.start : m.end].split())
    alone = named[surface] <= 1 and not any(
        n != surface for n in named_by_last.get(surface.split()[-1] if surface else "", ())
    )
    for k in range(1, len(words)):
        prefix, rest = " ".join(words[:k]), " ".join(words[k:])
        if prefix in places and _POSSESSIVE.sub("", rest.split()[-1]) in surnames:
            if prefix + " " + rest in places or (alone and places[prefix] < 2):
                return m
            return RawMention(m.start + len(prefix) + 1, m.end, m.label)
    return m


def repair_named(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Canonical names with names in capitals and middle-word short forms resolved."""
    ordinary = {
        (e.canonical or e.text).casefold(): e.canonical or e.text
        for e in mentions
        if not _capitals(e.text)
    }
    full = {e.canonical or e.text for e in mentions if e.label == "PERSON"}
    full_names = [n for n in full if len(n.split()) > 2]
    out: list[EntityMention] = []
    for e in mentions:
        name = e.canonical or e.text
        if _capitals(e.text) and name.casefold() in ordinary:
            e = replace(e, canonical=ordinary[name.casefold()])
        elif e.label == "PERSON" and len(name.split()) == 1 and name[:1].isupper():
            holders = [n for n in full_names if name in n.split()[1:-1]]
            if len(holders) == 1:
                e = replace(e, canonical=holders[0])
        out.append(e)
    return out


def _capitals(surface: str) -> bool:
    """A name of two or more words written in capitals ("BARACK OBAMA"), not an acronym."""
    words = surface.split()
    return len(words) > 1 and surface.isupper() and all(len(w) > 1 for w in words)


def _ordinary_case(surface: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in surface.split())
