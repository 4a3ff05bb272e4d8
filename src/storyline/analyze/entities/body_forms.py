"""A body's other forms written in the same article as its full name: its two initials
("KP" beside "Kessel Partners"), the first part of a name run together ("Varn" beside
"VarnTollKrane"), that name's initials ("VTK"), and its bare name typed a place or a
person beside the name with a company's designator ("Korvane" GPE beside "Korvane Co.").

The recogniser types each mention by its own context, so one company shows as rows of
different types that no later merge joins (a story listed "Korvane" GPE beside "Korvane
Co." ORG), and two letters were joined to a long name only where the text defined them,
since over a corpus two letters match many phrases. One article writing both forms is
the evidence: there the short form joins the one long name of the article it fits, and
takes the company's type. The corpus writes the alias's reason with the entity
(corpus/entities.py).

Article-wide passes over prepared mentions, run by canonical.py before names are
resolved; they read only the article's own mentions, never a list of names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.analyze.entities.aliases import ALIASES, acronym, surname_keys, us_state
from storyline.analyze.entities.context import PERSON_HONORIFIC
from storyline.analyze.entities.designators import without_designators
from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    cached_name_key,
    written_as_place,
)
from storyline.analyze.entities.name_index import defines

__all__ = ["compound_initials", "compound_parts", "join_body_short_forms", "retype_designated"]

_LEGAL_WORDS = frozenset({"co", "corp", "corporation", "company", "inc", "incorporated"})
"""Designators that say a business by themselves ("Korvane Co."); "Group" or "Holdings"
may end a body's name that is no company's ("Lisk Group" of nations), and stay with
designators.py, which folds them only where the bare name is typed a body."""
_NOT_A_BODY_READING = frozenset({"GPE", "LOC", "PERSON", "PRODUCT", "FAC"})
"""Types the recogniser guesses for a company's bare name ("Korvane's rig" read as GPE)."""


def retype_designated(
    text: str, work: list[PreparedMention], persons: Sequence[PreparedMention]
) -> None:
    """Every mention of a bare name the article also writes with a company's designator
    ("Korvane Co.", typed ORG) is that company, typed ORG, where the recogniser typed it a
    place, a person or a thing: the designator is written evidence, the other types a guess
    from each mention's context. A name the text writes as a place ("Korvane, capital of
    ..."), a country or a state, a person's surname or first name, or a mention with a
    person's title or cue keeps its type. The designated name is then written bare."""
    bare: set[str] = set()
    for w in work:
        words = w.name.split()
        if w.label == "ORG" and len(words) > 1 and words[-1].strip(".,").casefold() in _LEGAL_WORDS:
            bare.add(cached_name_key(without_designators(w.name)))
    if not bare:
        return
    people = {
        k for p in persons for k in (*surname_keys(p.name), cached_name_key(p.name.split()[0]))
    }
    retyped: set[str] = set()
    for w in work:
        key = cached_name_key(w.name)
        if (
            w.label not in _NOT_A_BODY_READING
            or key not in bare
            or key in people
            or w.role
            or w.person_cue
            or w.retype is not None
            or key in ALIASES
            or us_state(w.name, after_place=True) is not None
            or written_as_place(text, w.name)
        ):
            continue
        w.label = "ORG"
        retyped.add(key)
    for w in work:
        # "Korvane Co." is named as the article's bare "Korvane" (as designators.py names
        # a body written bare), before company_parts.py would name the bare one in full
        if w.label == "ORG" and " " in w.name:
            name = without_designators(w.name)
            if cached_name_key(name) in retyped:
                w.name = name


_TWO_LETTERS = re.compile(r"[A-Z]{2}")
_PART = re.compile(r"[A-Z][a-z]{2,}")
_COMPOUND = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
"""A name run together of capitalised parts of three letters or more ("VarnTollKrane");
"McAdam" or "DeLora" (a prefix of two letters) is a surname's shape, not a compound."""
_MIN_FIRST_PART = 4
"""Letters the first part of a compound has at least to be a name alone ("Varn"): "Mac"
of "MacArthur" is a word of its own."""
_MIN_PART_INITIALS = 3
"""Parts a compound has at least for their initials to name it ("VTK")."""
_JOINABLE = frozenset({"ORG", "PERSON", "PRODUCT"})
"""Types the recogniser gives a compound company name by its shape."""
_SHORT_LABELS = frozenset({"ORG", "PRODUCT"})
"""Types of a compound's first part or initials that may be the compound: the honorific of
a namesake ("Mr Varn") is no part of the recogniser's span, and its person reading stays."""


def compound_parts(name: str) -> list[str]:
    """The capitalised parts of a name run together ("VarnTollKrane": Varn, Toll, Krane);
    [] for any other name."""
    return _PART.findall(name) if _COMPOUND.fullmatch(name) else []


def compound_initials(name: str) -> str:
    """The initials of a compound's parts when it has three or more ("VTK"), else ""."""
    parts = compound_parts(name)
    return "".join(p[0] for p in parts) if len(parts) >= _MIN_PART_INITIALS else ""


def join_body_short_forms(text: str, work: list[PreparedMention]) -> None:
    """Name each short form of a body and the one long name of the article it fits alike
    (by the form written most), and type both a body: two capital letters that are the
    initials of exactly one body of several words ("KP" of "Kessel Partners"); a lone word
    that is the first part of exactly one compound name ("Varn" of "VarnTollKrane"), and
    three capitals or more that are its parts' initials ("VTK"), each read as a body or a
    product. A compound any of whose mentions has a person's title, cue or honorific
    ("Dr") is left alone."""
    _join_two_initials(text, work)
    _join_compound_forms(text, work)


def _join_two_initials(text: str, work: list[PreparedMention]) -> None:
    """Initials the article defines ("Kessel Partners (KP)") are left to resolve.py, which
    names them by the full name they define."""
    longs: dict[str, set[str]] = {}
    defined: set[str] = set()
    for w in work:
        if w.label == "ORG" and " " in w.name and all(c[:1].isupper() for c in _words(w.name)):
            letters = acronym(w.name)
            if len(letters) == 2:
                longs.setdefault(letters, set()).add(w.name)
                if defines(text, w, letters):
                    defined.add(letters)
    for letters in defined | {k for k in longs if _credited(text, k)}:
        del longs[letters]
    forms: dict[str, list[PreparedMention]] = {}
    for w in work:
        found = longs.get(w.name) if w.label == "ORG" and _TWO_LETTERS.fullmatch(w.name) else None
        if found is not None and len(found) == 1:
            forms.setdefault(next(iter(found)), []).append(w)
    for name, short in forms.items():
        _name_alike([*(w for w in work if w.label == "ORG" and w.name == name), *short])


def _credited(text: str, letters: str) -> bool:
    """Whether the text writes two letters as a news credit ("..., AP reported"): an agency
    the page takes its story from, not the initials of a body it names."""
    credit = re.compile(rf"\b{re.escape(letters)}\s+(?:reported|reports|quoted|cited)\b")
    at = text.find(letters)
    while at >= 0:  # only where the letters stand: a search from each would read the page
        if credit.match(text, at):
            return True
        at = text.find(letters, at + 1)
    return False


def _words(name: str) -> list[str]:
    """The words of a name its initials are read from (function words left out)."""
    return [w for w in re.split(r"[\s-]+", name) if w and w not in {"of", "the", "for", "and", "&"}]


def _join_compound_forms(text: str, work: list[PreparedMention]) -> None:
    compounds: dict[str, list[PreparedMention]] = {}
    for w in work:
        if w.label in _JOINABLE and compound_parts(w.name):
            compounds.setdefault(w.name, []).append(w)
    if not compounds:
        return
    by_first: dict[str, set[str]] = {}
    by_initials: dict[str, set[str]] = {}
    for name in compounds:
        first = compound_parts(name)[0]
        if len(first) >= _MIN_FIRST_PART:
            by_first.setdefault(first, set()).add(name)
        if letters := compound_initials(name):
            by_initials.setdefault(letters, set()).add(name)
    short: dict[str, list[PreparedMention]] = {}
    for w in work:
        if w.label not in _SHORT_LABELS or " " in w.name or w.name in compounds:
            continue  # a short form typed a person may be the company's namesake ("Mr Varn")
        found = by_first.get(w.name) if not w.name.isupper() else by_initials.get(w.name)
        if found is not None and len(found) == 1:
            short.setdefault(next(iter(found)), []).append(w)
    for name, forms in short.items():
        every = [*compounds[name], *forms]
        if any(w.role or w.person_cue or _honoured(text, w) for w in every):
            continue
        for w in every:
            w.label = "ORG"
        _name_alike(every)


def _name_alike(forms: Sequence[PreparedMention]) -> None:
    """Name every one of a body's forms by the one the article writes most ("BP" written
    twenty times beside one "Bremen Petroleum"; a reader knows the body by it), a tie by
    the longest (the full name)."""
    counts = Counter(w.name for w in forms)
    name = max(sorted(counts), key=lambda n: (counts[n], len(n)))
    for w in forms:
        w.name = name


_HONORIFIC_CHARS = 24
"""How far before a mention an honorific and its ranks may start ("Det Insp ")."""


def _honoured(text: str, w: PreparedMention) -> bool:
    """Whether a person's honorific is written right before the mention ("Dr VarnTollKrane"):
    the recogniser leaves it out of the span, and prepare.py keeps no role for it."""
    start = max(0, w.start - _HONORIFIC_CHARS)
    return any(
        m.end() == w.start
        for m in PERSON_HONORIFIC.finditer(text, start, min(len(text), w.start + 2))
    )
