"""Article-wide passes that read how the article writes a name elsewhere: a place written
with and without its kind ("Tarvo Village" where the article also writes "the village of
Tarvo"), a town written with its country ("Ras Vell , Dorvia"), and a transcript's
speaker label in capitals ("VALE :") where the article names that person in full.

Split from mention_labels.py; canonical.py runs these with the other passes, before the
names are resolved. Each reads only the article's own text and mentions.
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.analyze.entities.context import at_sentence_start
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = [
    "join_place_kinds",
    "relabel_speaker_labels",
    "retype_near_places",
    "retype_towns_of_countries",
]

_KIND = re.compile(r"(?P<base>.+?)\s+(?P<kind>Village|Town|Township|Hamlet|Island|County)")
"""A place's name followed by its kind as a capitalised head noun ("Tarvo Village")."""


def join_place_kinds(text: str, work: list[PreparedMention]) -> None:
    """ "Tarvo Village" is "Tarvo" when the article also writes "the village of Tarvo": the
    head noun is the place's kind, written after its name or before it with "of", and both
    forms name one place. Without that written "of" form the two stay apart ("Greenwich"
    and "Greenwich Village" are two places)."""
    retype_towns_of_countries(text, work)
    retype_near_places(text, work)
    bases: set[str] = set()
    for w in work:
        if w.label not in _PLACE_OR_SITE:
            continue
        m = _KIND.fullmatch(w.name)
        if m is None:
            continue
        base, kind = m.group("base"), m.group("kind").lower()
        of_form = re.compile(r"\b" + kind + r"\s+of\s+(?:the\s+)?" + re.escape(base) + r"(?![\w-])")
        if of_form.search(text):
            w.name, w.label = base, "GPE"
            bases.add(cached_name_key(base))
    if not bases:
        return
    for w in work:
        if w.label in _PLACE_OR_SITE and cached_name_key(w.name) in bases:
            w.label = "GPE"  # the article's other mentions of the place follow


_PLACE_OR_SITE = frozenset({"GPE", "LOC", "ORG", "FAC"})

_COMMA = re.compile(r"\s*,\s*")
_TOWN_END = re.compile(r"\s*(?:,|\.|;|\(|-LRB-|--|—|–|\Z)(?!\w)|\s*\n")
"""What ends "Town , Country": a comma, a full stop, a dateline's bracket or dash; never a
possessive ("Ana Vell , Dorvia 's envoy" is a person and her country)."""


def retype_towns_of_countries(text: str, work: list[PreparedMention]) -> None:
    """A name typed a person that the article writes as a town with its country after a
    comma ("Ras Vell , Dorvia , on Monday", the dateline "Ras Vell , Dorvia (Agency) --")
    is that town, in all of the article's mentions, when the article also goes there
    ("in Ras Vell"): a person is written so only in a list of results. The recogniser
    types an unknown two-word town a person by its shape."""
    towns: set[str] = set()
    for w, after in pairwise(work):
        if (
            w.label == "PERSON"
            and not w.role
            and after.label == "GPE"
            and _COMMA.fullmatch(text, w.end, after.start)
            and _TOWN_END.match(text, after.end)
        ):
            towns.add(cached_name_key(w.name))
    # a results list writes people so ("Ana Vell , Dorvia , 2:05"): the town must also
    # be somewhere the article goes ("in Ras Vell", "beyond Ras Vell")
    placed = {
        cached_name_key(w.name)
        for w in work
        if w.label == "PERSON" and _PLACE_BEFORE.search(text, max(0, w.start - 12), w.start)
    }
    for w in work:
        if w.label == "PERSON" and cached_name_key(w.name) in towns & placed:
            w.label = "GPE"


_PLACE_BEFORE = re.compile(r"\b(?:in|near|around|beyond|toward|towards|outside|across)\s+\Z")


_LABEL_AFTER = re.compile(r"\s*(?:,\s*[A-Z][A-Z .,'’&-]*)?:")
"""What follows a transcript's speaker label: a colon, maybe after a capitalised
description ("VALE , CONSERVATIVE ANALYST :")."""


def relabel_speaker_labels(text: str, work: list[PreparedMention]) -> None:
    """A name in capitals opening a line or sentence before a colon ("VALE : I expected
    more") is a transcript's speaker label, so a person, when the article writes a person's
    longer name ending with that word, or a longer label ("ANA VALE , ANALYST :"): the
    label and that name are the person, whatever type the recogniser gave them. A label the article
    names in no longer form ("WHO : cases rise", a headline's source) is left alone."""
    labels = [
        w
        for w in work
        if w.name.isupper()
        and any(c.isalpha() for c in w.name)
        and _LABEL_AFTER.match(text, w.end)
        and at_sentence_start(text, w.start)
    ]
    if not labels:
        return
    by_last: dict[str, list[PreparedMention]] = {}
    for w in work:
        words = w.name.split()
        # a longer name read as a person, or itself a speaker's label ("A.N. VOSK ,
        # ANALYST :"); a place or body ending with the word ("Capitol Vosk") is neither
        if len(words) > 1 and (w.label == "PERSON" or any(w is x for x in labels)):
            by_last.setdefault(cached_name_key(words[-1]), []).append(w)
    for label in labels:
        last = cached_name_key(label.name.split()[-1])
        longer = [w for w in by_last.get(last, []) if w is not label]
        if not longer:
            continue
        label.label = "PERSON"
        for w in longer:
            w.label = "PERSON"  # the label's word alone then resolves to the full name


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)\.?\s+[A-Z]")
"""An honorific before or at the start of a mention: a person's, whatever else is near."""
_NEAR = re.compile(r"\bnear\s+\Z")
"""Only a place is "near" a name in news ("a cottage near Tarvo"); a person named so is
named in full somewhere, and then the word is the person's."""


def retype_near_places(text: str, work: list[PreparedMention]) -> None:
    """A lone word typed a person right after "near", that no person the article names in
    full holds and that carries no title, is a place in all of the article's mentions: the
    recogniser types an unknown town a person by its shape."""
    held = {cached_name_key(p) for w in work if w.label == "PERSON" for p in w.name.split()[:-1]}
    held |= {
        cached_name_key(w.name.split()[-1]) for w in work if w.label == "PERSON" and " " in w.name
    }
    titled = {
        cached_name_key(w.name)
        for w in work
        if w.role or w.person_cue or _HONORIFIC_BEFORE.search(text, max(0, w.start - 12), w.end)
    }
    near = {
        key
        for w in work
        if w.label == "PERSON"
        and " " not in w.name
        and _NEAR.search(text, max(0, w.start - 8), w.start)
        and (key := cached_name_key(w.name)) not in held | titled
    }
    for w in work:
        if w.label == "PERSON" and cached_name_key(w.name) in near:
            w.label = "GPE"
