"""A person's name written with and without middle initials or a generational suffix, or by
a short form of the given name, joined across a corpus ("Dana K. Reyes Jr." and "Dana
Reyes", "Hank Reyes" and "Henry M. Reyes Jr."), only when one such person is written.

Split from entities.py; the passes read only the groups built from stored mentions.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.analyze.entities.given_names import formal_given_names
from storyline.corpus.entity_groups import Group, absorb, best_name, type_of

__all__ = [
    "merge_given_name_forms",
    "merge_middle_initials",
    "merge_middle_names",
    "merge_one_letter_spellings",
    "one_letter_apart",
]


_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _bare_name(key: str, initials: frozenset[str] = frozenset()) -> str:
    """A person's key without middle initials and a generational suffix: "dana k reyes jr"
    -> "dana reyes"; the first and last words stay (an initial first name stays too).
    `initials` are the keys of initials written glued ("H.K." -> "hk"), initials too."""
    words = key.split()
    while len(words) > 2 and words[-1] in _GENERATION:
        words.pop()
    if len(words) < 3:
        return " ".join(words)
    middle = [w for w in words[1:-1] if len(w) > 1 and w not in initials]
    return " ".join([words[0], *middle, words[-1]])


_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _glued_initials(name: str) -> frozenset[str]:
    """Keys of the middle initials `name` writes glued with dots ("Dana H.K. Reyes": "hk")."""
    return frozenset(w.replace(".", "").casefold() for w in _GLUED_INITIALS.findall(name))


def merge_middle_initials(groups: dict[str, Group]) -> None:
    """ "Dana K. Reyes" joins "Dana Reyes": articles write a person with and without a
    middle initial (or "Jr."), and analysis inside one article never sees both forms. Only
    when exactly one written variant reduces to the bare name ("Dana K. Reyes" and
    "Dana M. Reyes" may be two people, and then neither joins)."""
    variants: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        if type_of(g) != "PERSON":
            continue
        # "Dana H.K. Reyes" also reduces to "dana reyes": beside "Dana K. Reyes" the
        # bare name may be either, and neither joins
        bare = _bare_name(key, _glued_initials(best_name(g)))
        if bare != key and bare in groups and type_of(groups[bare]) == "PERSON":
            variants[bare].append(key)
    for bare, keys in variants.items():
        if len(keys) != 1:
            continue
        target, g = groups[bare], groups[keys[0]]
        target.evidence.append(f"{best_name(g)}: {best_name(target)} with a middle initial")
        absorb(target, g)
        del groups[keys[0]]


def merge_middle_names(groups: dict[str, Group]) -> None:
    """ "Dana Marie Reyes" joins "Dana Reyes": a court or police report writes a person's
    full middle name, the next article leaves it out, and a reader sees one person twice
    among a story's top entities. A name of three words (initials and "Jr." aside, as in
    `merge_middle_initials`) joins the two-word name of its first and last word, only when
    it is the one such name ("Dana Marie Reyes" and "Dana Lynn Reyes" may be a mother and
    a daughter, and then neither joins). The name written in full stays the entity's name."""
    variants: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        if type_of(g) != "PERSON":
            continue
        words = _bare_name(key, _glued_initials(best_name(g))).split()
        if len(words) != _FIRST_MIDDLE_LAST or not all(w.isalpha() for w in words):
            continue
        short = f"{words[0]} {words[-1]}"
        if short in groups and type_of(groups[short]) == "PERSON":
            variants[short].append(key)
    for short, keys in variants.items():
        if len(keys) != 1 or short not in groups or keys[0] not in groups:
            continue
        target, g = groups[keys[0]], groups[short]
        target.evidence.append(f"{best_name(g)}: {best_name(target)} without the middle name")
        absorb(target, g, keep_name=True)
        del groups[short]


_FIRST_MIDDLE_LAST = 3


def merge_given_name_forms(groups: dict[str, Group]) -> None:
    """ "Hank Reyes" joins "Henry M. Reyes Jr.": a person written by a common short form of
    the given name (given_names.py) is the one person written with a given name it
    shortens, when the surname and any full middle name agree (initials and "Jr." aside,
    as in `_merge_middle_initials`) and exactly one such person is written; "Ted Reyes"
    beside both "Edward Reyes" and "Theodore Reyes" stays apart."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        if " " in key and type_of(g) == "PERSON":
            by_bare[_bare_name(key)].append(key)
    for key in [k for k in groups if " " in k]:
        g = groups[key]
        if type_of(g) != "PERSON":
            continue
        first, rest = _bare_name(key).split(" ", 1)
        formal = [f for f in formal_given_names(first) if f != first]
        targets = [k for f in formal for k in by_bare.get(f"{f} {rest}", []) if k in groups]
        if len(targets) != 1:
            continue
        target = groups[targets[0]]
        given = best_name(target).split()[0]
        target.evidence.append(
            f"{best_name(g)}: {best_name(g).split()[0]} is a short form of the given name "
            f"{given}, the rest of the name as in {best_name(target)}"
        )
        absorb(target, g, keep_name=True)
        del groups[key]


_MIN_SPELLED_LETTERS = 6
"""A given name must have this many letters for a one-letter difference to be a spelling:
"Jon" and "Jan", "Anna" and "Anne", "Maria" and "Marie" are different names, of different
people; "Karl-Henrik" and "Karl-Henric", "Mikhail" and "Mikhael" are one name written two
ways."""
_VOWELS = frozenset("aeiouy")


def merge_one_letter_spellings(groups: dict[str, Group]) -> None:
    """ "Karl-Henric Dalberg" joins "Karl-Henrik Dalberg": outlets spell a long given name
    one letter apart (a transliteration, a typo), and a reader sees one person twice. The
    names must have the same words but one given name (the surname exactly the same), and
    that given name must differ by one letter added, dropped or changed, in a name of
    `_MIN_SPELLED_LETTERS` letters or more, never at a last vowel ("Daniel"/"Daniela",
    "Christina"/"Christine" are a man's and a woman's name, or two sisters'). A long
    surname with one consonant written for another ("Qadrani"/"Gadrani": a transliteration)
    after the same long given names is a spelling too; a vowel changed ("Larsen"/"Larson")
    or a letter added ("Dalberg"/"Dahlberg") are other families' names. The rarer
    spelling joins the more written one, only when it has one such neighbour."""
    people = [k for k, g in groups.items() if len(k.split()) > 1 and type_of(g) == "PERSON"]
    by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in people:
        words = key.split()
        by_shape[(len(words), words[-1])].append(key)
        # the same given names, for a surname transliterated one consonant apart
        by_shape[(len(words), " ".join(words[:-1]))].append(key)
    joins: list[tuple[str, str]] = []
    for keys in by_shape.values():
        for key in keys:
            near = [
                k
                for k in keys
                if k != key and (one_letter_apart(key, k) or _surname_transliterated(key, k))
            ]
            if len(near) != 1:
                continue
            other = near[0]
            g, o = groups[key], groups[other]
            if (g.mentions, key) < (o.mentions, other):
                joins.append((key, other))
    for key, other in joins:
        if key not in groups or other not in groups:
            continue
        g, target = groups[key], groups[other]
        where = (
            "a long surname, one consonant for another, the given names the same"
            if _surname_transliterated(key, other)
            else "a long given name, the surname the same"
        )
        target.evidence.append(
            f"{best_name(g)}: a spelling of {best_name(target)}, one letter apart in {where}"
        )
        absorb(target, g, keep_name=True)
        del groups[key]


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two person keys with the same surname differ in one given name only, by one
    letter, as `merge_one_letter_spellings` allows ("karl-henrik dalberg", "karl-henric
    dalberg"); keys with other surnames or another number of words never do."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa[-1] != wb[-1]:
        return False
    diff = [(x, y) for x, y in zip(a.split()[:-1], b.split()[:-1], strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    letters = min(sum(c.isalpha() for c in x), sum(c.isalpha() for c in y))
    return letters >= _MIN_SPELLED_LETTERS and _one_edit_inside(x, y)


def _one_edit_inside(x: str, y: str) -> bool:
    """One letter changed, added or dropped between `x` and `y`, not a last vowel."""
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    if len(x) == len(y):
        changed = x[i + 1 :] == y[i + 1 :] and i < len(x)
        return changed and not (i == len(x) - 1 and (x[i] in _VOWELS or y[i] in _VOWELS))
    if len(y) != len(x) + 1 or x[i:] != y[i + 1 :]:
        return False
    return not (i == len(y) - 1 and y[i] in _VOWELS)


def _surname_transliterated(a: str, b: str) -> bool:
    """Whether two person keys have the same given names, the first of
    `_MIN_SPELLED_LETTERS` letters or more, and surnames of as many letters that differ in
    one consonant for another ("muammar qadrani", "muammar gadrani")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa[:-1] != wb[:-1]:
        return False
    if sum(c.isalpha() for c in wa[0]) < _MIN_SPELLED_LETTERS:
        return False
    x, y = wa[-1], wb[-1]
    if len(x) != len(y) or len(x) < _MIN_SPELLED_LETTERS:
        return False
    diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(diff) == 1 and all(c.isalpha() and c not in _VOWELS for c in diff[0])
