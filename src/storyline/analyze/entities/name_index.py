"""The names of one article indexed once: full names by surname and first name, bodies by
their first and last words and kinds, long names by the initials the article defines or
writes after them, and the family ties a name is introduced by.

Split from resolve.py, which reads each mention against this index: building it once per
article keeps name resolution linear in mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from storyline.analyze.entities.aliases import acronym, acronym_variants, surname_keys
from storyline.analyze.entities.kind_words import named_after
from storyline.analyze.entities.mention_labels import (
    PLACE_LIKE,
    PreparedMention,
    cached_name_key,
)
from storyline.analyze.entities.org_tails import bodies_by_last_word

__all__ = ["NameIndex", "defines", "named_as_kin"]

_initials = lru_cache(maxsize=1 << 16)(acronym)
_variants = lru_cache(maxsize=1 << 16)(acronym_variants)


class NameIndex:
    """Full names by surname and by first name, and longer names by their initials, built
    once per article: looking them up per mention kept the cost linear in mentions where a
    scan of every name for every mention made a long page quadratic."""

    def __init__(
        self, text: str, work: Sequence[PreparedMention], persons: Sequence[PreparedMention]
    ) -> None:
        self.text = text
        self.by_last: dict[str, list[PreparedMention]] = {}
        self.by_first: dict[str, list[PreparedMention]] = {}
        # "FDR" of "Franklin D. Roosevelt": three initials or more of a full name
        self.person_initials: dict[str, set[str]] = {}
        # "first lady Mara Vell" and "President Vell": the titled surname is the kin's
        # namesake, not the kin (`persons`)
        self.kin = {
            id(p) for p in persons if _KIN_BEFORE.search(text, max(0, p.start - 16), p.start)
        }
        # "three of his sons were held . Ivo Vell": named through a family tie
        self.related = {
            id(p)
            for p in persons
            if _RELATION_BEFORE.search(text, max(0, p.start - _RELATION_CHARS), p.start)
        }
        self.titled = {
            cached_name_key(w.name)
            for w in work
            if w.label == "PERSON" and w.role and " " not in w.name
        }
        for p in persons:
            words = p.name.split()
            for key in surname_keys(p.name):
                self.by_last.setdefault(key, []).append(p)
            self.by_first.setdefault(cached_name_key(words[0]), []).append(p)
            if len(initials := _initials(p.name)) >= _UNDEFINED_INITIALS:
                self.person_initials.setdefault(initials, set()).add(p.name)
        self.expansions: dict[str, set[str]] = {}
        self.written_before: dict[str, list[PreparedMention]] = {}
        self.org_first: dict[str, list[PreparedMention]] = {}
        self.org_spellings: dict[str, set[str]] = {}
        # "Velmar Falls Harriers": the bodies by their last word ("the Harriers")
        self.org_tails = bodies_by_last_word(work)
        # "Harbour Council": the bodies whose name ends in each kind's noun
        self.org_kind: dict[str, set[str]] = {}
        things = {
            o.name
            for o in work
            if o.label == "ORG" and (_THING_AFTER.match(text, o.end) or named_after(o.name))
        }
        for o in work:
            if (
                o.label == "ORG"
                and " " in o.name
                and o.name.split()[0][:1].isupper()
                and o.name not in things
            ):
                self.org_first.setdefault(cached_name_key(o.name.split()[0]), []).append(o)
            if o.label == "ORG" and " " in o.name and o.name.split()[-1][:1].isupper():
                self.org_kind.setdefault(cached_name_key(o.name.split()[-1]), set()).add(o.name)
            if o.label == "ORG" and " " not in o.name:
                self.org_spellings.setdefault(cached_name_key(o.name), set()).add(o.name)
            if o.label in PLACE_LIKE and " " in o.name:
                initials = _initials(o.name)
                if len(initials) >= 2 and defines(text, o, initials):
                    self.expansions.setdefault(initials, set()).add(o.name)
                elif len(initials) >= _UNDEFINED_INITIALS:
                    self.written_before.setdefault(initials, []).append(o)
                for other in _variants(o.name):
                    # "CDC" after "U.S. Centers for Disease Control and Prevention"
                    if defines(text, o, other):
                        self.expansions.setdefault(other, set()).add(o.name)
                    else:
                        self.written_before.setdefault(other, []).append(o)

    def expansion(self, initials: str, start: int) -> str | None:
        """The one long name the article defines as `initials`; else, for three initials
        or more, the one long name with those initials written before `start` (news
        writes a body in full first and by its initials after: "the International
        Committee of the Red Cross said ... The ICRC has"); else None."""
        defined = self.expansions.get(initials, set())
        if defined:
            return next(iter(defined)) if len(defined) == 1 else None
        before = {o.name for o in self.written_before.get(initials, []) if o.start < start}
        return before.pop() if len(before) == 1 else None

    def persons(self, key: str) -> list[PreparedMention]:
        """The full names whose surname is `key`, else those whose first name is, in order.
        A full name introduced as someone's kin ("first lady Mara Vell", "his son Ivo Vell")
        is left out where the article writes the surname with a title ("President Vell"):
        the titled one is another of that family, and the lone surname stays unresolved
        here rather than read as the kin (the corpus joins it to its dominant full name)."""
        found = self.by_last.get(key) or self.by_first.get(key) or []
        if key in self.titled and self.kin:
            found = [p for p in found if id(p) not in self.kin]
        return found

    def principal(self, found: list[PreparedMention]) -> list[PreparedMention]:
        """`found` without the full names named through a family tie ("his son Ivo Vell")
        when the article names another person of that surname without
        one: a lone surname is the article's principal of that name (news calls a relative
        by the given name), not the relative named nearest before it."""
        plain = [p for p in found if id(p) not in self.related]
        if not plain or len({p.name for p in found}) == len({p.name for p in plain}):
            return found
        names = {p.name for p in plain}
        return [p for p in found if p.name in names]


_RELATION_BEFORE = re.compile(
    r"\b(?i:sons?|daughters?|brothers?|sisters?|wife|husband|widow(?:er)?|father|mother|"
    r"nephews?|nieces?|cousins?|grandsons?|granddaughters?|children|siblings?)\b"
    r"(?!\s+of\b)(?:\s*,\s*|\s+(?:[A-Z][\w.'’-]*\s+){0,2}|[^.!?]*[.!?]\s+)\Z"
)
"""A family word heading the phrase right before a full name ("his son , Ivo Vell", "his
son Prince Ivo Vell"), or in the sentence the name's own sentence opens after ("three of
his sons were held . Ivo Vell"); not one merely nearby in the name's clause ("leaving
children stranded , Governor Ivo Vell said": the governor is no relative), nor "the son
of Dana Vell", where the name is the one the relative is named by."""
_RELATION_CHARS = 48
"""How far before a full name `_RELATION_BEFORE` looks: a clause, never a paragraph."""


def named_as_kin(text: str, start: int) -> bool:
    """Whether the full name at `start` is introduced through a family tie ("his nephew
    William Vell", "his son , Ivo Vell"): someone of the family of the one the story is
    about, not that one."""
    return _RELATION_BEFORE.search(text, max(0, start - _RELATION_CHARS), start) is not None


_KIN_BEFORE = re.compile(
    r"\b(?i:first\s+lady|wife|husband|widow|widower|son|daughter|brother|sister)\s+\Z"
)
"""A kin's word right before a full name ("first lady Mara Vell", "his son Ivo Vell")."""
_THING_AFTER = re.compile(
    r"\s+(?:oil\s+)?(?:spill|disaster|incident|accident|crash|explosion|blowout|tanker|rig|"
    r"ship|vessel|platform)\b(?!['’-])"
)
"""A vessel's or a disaster's noun after a body-typed name ("the Harlow Sable spill", "the
Harlow Sable tanker"): a thing named with the company's word, not a longer name of the
company, so the company's word alone ("Harlow") is not read as it."""
_UNDEFINED_INITIALS = 3
"""Initials of at least this many letters join a long name written before them without a
definition: two letters match a phrase by chance ("Keen Polluters", "KP"), three seldom."""

_DEFINITION_GLUE = r"\s*(?:\(|-LRB-|\[|-LSB-|,|--?|–|—)\s*(?:or\s+|the\s+)?"


def defines(text: str, o: PreparedMention, initials: str) -> bool:
    """Whether the article defines `initials` as `o`'s name where `o` is written: bracketed
    or in apposition after it ("Harbour Board (HB)", "Harbour Board, or HB") or before it
    ("HB (Harbour Board)"). Initials that merely match a phrase ("Keen Plans" for "KP") are
    no evidence that they name the same thing."""
    if not _may_define(text, o, initials):
        return False
    after, before = _definition_patterns(initials)
    if after.match(text, o.end, min(len(text), o.end + 40)):
        return True
    return before.search(text, max(0, o.start - 40), o.start) is not None


def _may_define(text: str, o: PreparedMention, initials: str) -> bool:
    """Whether either window `defines` reads holds the initials with their dots taken out:
    both patterns match the initials' characters with at most a dot between them, so
    without that no pattern can match. Most long names are defined nowhere, and their
    patterns (about 1 ms to compile, new initials in every article) are then not built."""
    bare = initials.replace(".", "")
    after = text[o.end : o.end + 40].replace(".", "")
    before = text[max(0, o.start - 40) : o.start].replace(".", "")
    return bare in after or bare in before


@lru_cache(maxsize=4096)
def _definition_patterns(initials: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns `defines` tries for `initials` (after the name, before it), compiled
    once: built afresh for every long name of every article they were one compile each,
    past the 512 patterns Python's own cache keeps."""
    letters = r"\.?".join(re.escape(c) for c in initials) + r"\.?"
    after = re.compile(_DEFINITION_GLUE + letters + r"(?![A-Za-z])")
    before = re.compile(r"(?<![A-Za-z])" + letters + r"\s*(?:\(|-LRB-|\[|-LSB-|,)\s*(?:the\s+)?$")
    return after, before
