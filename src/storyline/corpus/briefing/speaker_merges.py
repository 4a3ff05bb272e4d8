"""One person is one entry under "Who said what": the names a story gives its speakers
("Mr Dell", "DELL", "Dell", "the filing" / "The filing") are gathered under the one name
written in full, since listed apart one person reads as two sources."""

from __future__ import annotations

import re

from storyline.corpus.briefing.records import Cited

Groups = dict[tuple[str, bool], dict[str, tuple[bool, Cited]]]
"""Quotes by (shown name, named), each keyed by its case-folded words."""


def merge_same_speakers(groups: Groups) -> None:
    """Gathers in place each speaker's quotes listed under another form of the same name."""
    _merge_honorifics(groups)
    _merge_capitals(groups)
    _merge_surnames(groups)
    _merge_folds(groups)


def _move(groups: Groups, who: tuple[str, bool], into: tuple[str, bool]) -> None:
    """Moves `who`'s quotes under `into`, keeping `into`'s own citation of words both list."""
    target = groups[into]
    for words, item in groups.pop(who).items():
        target.setdefault(words, item)


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+(?P<surname>[A-Z][\w'-]+)$")
"""A person named by honorific and surname only ("Mr Curtis", "Dr. Lind")."""


def _merge_honorifics(groups: Groups) -> None:
    """Quotes listed under "Mr Curtis" go under the story's one named speaker with that
    surname ("John Curtis"): news names a person in full once, then by honorific; listed
    apart, one person reads as two sources. Left alone when no or several named speakers
    share the surname."""
    named = [name for name, is_named in groups if is_named]
    for who in [w for w in groups if _HONORIFIC.match(w[0])]:
        m = _HONORIFIC.match(who[0])
        assert m is not None
        full = [n for n in named if n != who[0] and n.split()[-1] == m["surname"]]
        if len(full) == 1:
            _move(groups, who, (full[0], True))


_HEADLINE_MARK = re.compile(r"\s[-:\u2013\u2014]\s|\s-$")


def _merge_capitals(groups: Groups) -> None:
    """Quotes listed under a name in capitals ("ANA RUIZ", a transcript's turn label) go
    under the same name as prose writes it ("Ana Ruiz"), when the story has it: one person
    is one source. A capitalised "name" holding a dash or a colon ("ANA RUIZ - FIRST CASE")
    is a caption's headline run into its text, no one's name: its quotes are dropped."""
    by_fold = {name.casefold(): (name, named) for name, named in groups if not name.isupper()}
    for who in [w for w in groups if w[0].isupper()]:
        if _HEADLINE_MARK.search(who[0]):
            groups.pop(who)
            continue
        twin = by_fold.get(who[0].casefold())
        if twin is not None:
            _move(groups, who, twin)


def _merge_folds(groups: Groups) -> None:
    """Names that differ only in case ("the complaint" / "The complaint") are one source:
    their quotes go under the first of them listed, a named one before an unnamed one."""
    first: dict[str, tuple[str, bool]] = {}
    for who in sorted(groups, key=lambda w: not w[1]):  # stable: named first, then order seen
        key = who[0].casefold()
        if key not in first:
            first[key] = who
        elif first[key] != who:
            _move(groups, who, first[key])


_SUFFIX = re.compile(r"(?i)^(?:jr|sr|ii|iii|iv)\.?$")


def _surname(name: str) -> str:
    """A full name's surname, case-folded: its last word before a generational suffix
    ("Ivo K. Dell Jr." -> "dell")."""
    words = name.split()
    while len(words) > 1 and _SUFFIX.match(words[-1]):
        words.pop()
    return words[-1].strip(",").casefold()


def _merge_surnames(groups: Groups) -> None:
    """Quotes listed under a surname alone ("Varga", or "VARGA" as a transcript labels a
    turn) go under the story's one named speaker written in full with that surname ("Ilona
    Varga"): a story names a person in full in one article and by surname in the next, and
    listed apart one person reads as two sources. Left alone when no or several named
    speakers share the surname, and for a word no name was read from ("Nations", a
    caption's last word), which is no one's surname."""
    full = [w for w in groups if w[1] and len(w[0].split()) > 1]
    for who in [w for w in groups if w[1] and len(w[0].split()) == 1 and w[0][:1].isupper()]:
        same = [w for w in full if _surname(w[0]) == who[0].casefold()]
        if len(same) == 1 and who in groups:
            _move(groups, who, same[0])
