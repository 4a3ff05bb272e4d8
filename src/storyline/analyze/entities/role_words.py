"""A common noun written before a person's full name as a title ("Astronaut Dana Reyes
said"), run by the recogniser into the name: a role, not part of the name.

The roles list (roles.py) knows the usual offices; this pass reads the article instead:
the name without its first word is written alone as a person elsewhere in the article
("Dana Reyes said"), and the first word reads as a calling, not a given name: an agent
noun's ending (-er, -or, -ist, -naut, ...), the word written in lower case somewhere in
the article ("the astronaut"), or a title's initials ("MVP Dana Reyes"). A given name
written before a middle name and a surname ("Paul Dana Reyes" beside "Dana Reyes") is no
agent noun and seldom written in lower case, and a word the article also writes as a name
of its own (alone, or first in another person's name) is kept.
"""

from __future__ import annotations

import re
from collections import Counter

from storyline.analyze.entities.given_names import known_given_name
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.entities.opening_verbs import case_counts, written_lower
from storyline.analyze.word_index import whole_word_starts

__all__ = ["strip_role_words"]

_AGENT_ENDING = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|naut|eer|ier|ant|ent|ian)")
"""An agent noun's ending: "Astronaut", "Lecturer", "Economist", "Inventor"."""


def strip_role_words(text: str, work: list[PreparedMention]) -> None:
    """Cut a calling's word from the front of a person's name of three words or more when
    the rest is written alone as a person in the article, and from a name of two words
    when the article also writes the word as a common noun and names the person before
    ("Vell" ... "a noted surgeon" ... "Surgeon Vell") or writes the word in lower case
    more often than capitalised; the word becomes the mention's role
    (when it has none)."""
    people = [w for w in work if w.label == "PERSON"]
    alone = {cached_name_key(w.name) for w in people}
    heads = _NameHeads(work)
    for w in people:
        words = w.name.split()
        if len(words) < 2:
            continue
        first, rest = words[0], " ".join(words[1:])
        if cached_name_key(rest) not in alone or not first.isalpha():
            continue
        if cached_name_key(first) in alone or heads.other_than(first, w.name):
            continue
        if len(words) > 2:
            if not _calling(text, first):
                continue
        elif not _written_as_noun(text, first) or not (
            _named_before(rest, w, people) or _mostly_lower(text, first)
        ):
            continue
        cut = text.find(rest, w.start, w.end)
        if cut <= w.start:
            continue
        heads.renamed(w.name, rest)
        w.start, w.name = cut, rest
        w.role = w.role or first


def _calling(text: str, first: str) -> bool:
    """Whether `first` reads as a calling: a capitalised agent noun, a word the article
    writes in lower case, or a title's initials ("MVP", "CEO": no given name is written
    in capitals before a full name the article writes without it)."""
    if first.isupper():
        return _MIN_INITIALS <= len(first) <= _MAX_INITIALS
    return first.istitle() and (
        _AGENT_ENDING.fullmatch(first) is not None or written_lower(text, first.casefold())
    )


_MIN_INITIALS, _MAX_INITIALS = 2, 4


def _named_before(rest: str, w: PreparedMention, people: list[PreparedMention]) -> bool:
    """Whether the article names the person of surname `rest` before `w` (alone, or last in
    a full name): a calling is put before a surname the reader already knows ("Ivo
    Darrant ... Surgeon Darrant"), while a two-word name that comes first is the person's
    own given name and surname, whatever noun the given name also is ("Grace Lund ...
    the grace of a week ... Lund said")."""
    key = cached_name_key(rest)
    return any(
        o.start < w.start and o is not w and cached_name_key(o.name.split()[-1]) == key
        for o in people
    )


def _mostly_lower(text: str, first: str) -> bool:
    """Whether the article writes `first` in lower case more often than capitalised: a
    common word capitalised by its place ("Secular Shias ..." opening a line beside
    "secular Shias" and "the largely secular Kurds"), where a given name is written
    capitalised at least as often ("Grace Lund" beside one "grace")."""
    lower, upper = case_counts(text, first)
    return lower > upper


def _written_as_noun(text: str, first: str) -> bool:
    """Whether `first`, before a lone surname, is a calling the article writes as a common
    noun after a determiner ("a noted surgeon", "the surgeon"): the surname alone would be
    read as a given name's partner otherwise ("Dana Vell" beside "Vell"), so an agent
    noun's ending is no evidence here ("Peter", "Victor") and no known given name is cut,
    however the article writes it ("a frank talk")."""
    if not first.istitle() or known_given_name(first):
        return False
    # where the article writes the noun alone, each place checked for a determiner before
    # it (a scan of the whole text per name was quadratic on a long page)
    return any(
        _DETERMINED_BEFORE.search(text, max(0, at - _DETERMINED_REACH), at) is not None
        for at in whole_word_starts(text, first.casefold())
    )


_DETERMINED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:[\w-]+\s+){0,2}\Z"
)
"""A determiner and at most two words (adjectives, a place) right before a common noun."""
_DETERMINED_REACH = 200
"""How far before the noun the determiner is looked for: two words and their spaces."""


class _NameHeads:
    """The article's names by their first word, kept as names are cut: whether another
    name starts with a word ("Victor Hale" beside "Victor Dana Reyes") is then a look-up,
    where a walk of every mention for each person grew with the square of the page."""

    def __init__(self, work: list[PreparedMention]) -> None:
        self._names: dict[str, Counter[str]] = {}
        for w in work:
            self._names.setdefault(_head(w.name), Counter())[w.name] += 1

    def other_than(self, first: str, name: str) -> bool:
        """Whether a name other than `name` starts with `first`: then the word is a given
        name the article uses."""
        return any(n != name and k > 0 for n, k in self._names.get(first, {}).items())

    def renamed(self, old: str, new: str) -> None:
        """One mention's name changed from `old` to `new`."""
        self._names[_head(old)][old] -= 1
        self._names.setdefault(_head(new), Counter())[new] += 1


def _head(name: str) -> str:
    return name.split(" ", 1)[0]
