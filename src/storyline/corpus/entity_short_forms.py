"""Lone words joined to the longer name they shorten across a corpus ("Gulf" of "Gulf of
Mexico", "Treasury" of "Treasury Department", "Carver" of "Carver Holdings"), and a body's
first word kept apart when the corpus writes it alone far more often than the long name.

Split from entities.py; the passes read only the groups built from stored mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storyline.analyze.entities.aliases import PREFIX_EXPANSIONS, name_key
from storyline.analyze.entities.kind_cues import GEOGRAPHIC_HEAD
from storyline.analyze.entities.kind_words import BODY_KINDS, named_after
from storyline.corpus.entity_groups import (
    DOMINANT_SHARE,
    MISTYPED_RATIO,
    Group,
    absorb,
    best_name,
    type_of,
)

__all__ = ["merge_place_prefixed", "merge_short_forms", "return_first_word_reads"]

_SHORT_FORM_TYPES = frozenset({"LOC", "FAC", "EVENT", "ORG"})
_ORG_HEADS = BODY_KINDS | frozenset(
    {
        *("department", "ministry", "office", "administration", "service", "services"),
        *("party", "bank", "company", "corporation", "group", "board"),
        *("foundation", "university", "college", "financial", "holdings"),
    }
)
"""Common nouns that head an organisation's name after the word it is known by ("Treasury
Department", "Harvard University", "Tarn Financial Services Group"): the first word alone
names the same body."""


def _short_forms(key: str, type_: str, places: frozenset[str] = frozenset()) -> list[str]:
    """The lone words a long name of `type_` is written by: the word before "of" ("Gulf of
    Mexico"), else the last word ("Hurricane Katrina"); a building also by its first word
    ("Hubble Space Telescope"), an organisation by its first word only before common
    heads ("Treasury Department"), and by its last word when the words before it name a
    place the corpus names ("Dorvan Herald": "Herald")."""
    words = key.split()
    if type_ == "ORG":
        # "Velmar Developers Conference", "Velmar Foundation": "Velmar" is what it is named
        # after, not its short form
        first = all(w in _ORG_HEADS for w in words[1:]) and not named_after(key)
        short = [words[0]] if first else []
        if " ".join(words[:-1]) in places:
            short.append(words[-1])  # a body named after its place: "Dorvan Herald", "Herald"
        return short
    short = [words[0] if "of" in words[1:] else words[-1]]
    if type_ == "FAC" and words[0] not in short:
        short.append(words[0])
    return short


def _read_as(g: Group, word: str) -> bool:
    """Whether one of `g`'s mentions was written as `word` alone (in capitals or not)."""
    return any(name_key(a) == word for a in g.aliases)


def _clipped_reads(g: Group, first: str) -> set[str]:
    """Keys of `g`'s one-word spellings that clip its first word `first` ("Fed" of
    "Federal"): an article read that clipped word as `g` (analyze/entities/resolve.py)."""
    out = set()
    for alias in g.aliases:
        key = name_key(alias)
        clips = len(first) >= len(key) + 2 and first.startswith(key)
        if clips and " " not in key and len(key) >= 3 and alias[:1].isupper():
            out.add(key)
    return out


def return_first_word_reads(groups: dict[str, Group]) -> None:
    """A body's first word that other articles write alone far more often (`MISTYPED_RATIO`)
    than the long name it was once read as ("Kestrel" of a "Kestrel Weekly podcast" named
    once) is its own entity: an article that named the long name first read its later
    lone uses as the long name's short form, but the store shows the word standing for
    something else. Those reads go back to the word; a long name written at least a third
    as often keeps them ("Carver" of "Carver Holdings")."""
    for key, g in list(groups.items()):
        if not g.first_word_reads or type_of(g) != "ORG":
            continue
        word = groups.get(key.split()[0])
        if word is None or type_of(word) != "ORG":
            continue
        reads = sum(g.first_word_reads.values())
        if word.mentions <= MISTYPED_RATIO * (g.mentions - reads):
            # the word's own uses (where no article read it as the long name) must
            # outnumber the long name: an article that writes "Fenwick Mae" twice and
            # "Fenwick" a dozen times after it shortens the name, it names nothing else
            continue
        for (text, label), n in g.first_word_reads.items():
            g.aliases[text] -= n
            g.labels[label] -= n
            word.aliases[text] += n
            word.labels[label] += n
        g.aliases, g.labels = +g.aliases, +g.labels
        g.mentions -= reads
        word.mentions += reads
        word.evidence.append(
            f"{best_name(word)}: written alone {word.mentions - reads} times, its long "
            f"reading {best_name(g)} only {g.mentions}: its own name, not a short form"
        )
        g.first_word_reads = Counter()


def merge_short_forms(groups: dict[str, Group]) -> None:
    """ "Gulf" joins "Gulf of Mexico", "Katrina" joins "Hurricane Katrina", "Treasury" joins
    "Treasury Department": a place, building, event or body written by the word it is known
    by (`_short_forms`), when one longer name dominates."""
    longer: dict[tuple[str, str], list[str]] = defaultdict(list)
    places = frozenset(k for k, g in groups.items() if type_of(g) == "GPE")
    for key, g in groups.items():
        words = key.split()
        if len(words) < 2 or type_of(g) not in _SHORT_FORM_TYPES:
            continue
        type_, shorts = type_of(g), _short_forms(key, type_of(g), places)
        for short in shorts:
            longer[(type_, short)].append(key)
        if (
            type_ == "ORG"
            and _read_as(g, words[0])
            and words[0] not in shorts
            and not named_after(key)
        ):
            # an article wrote the body by its first word and analysis read it as the long
            # name there ("Carver" of "Carver Holdings"): elsewhere that word is the body too
            longer[("ORG", words[0])].append(key)
        if type_ == "ORG":
            # the same for that word clipped ("Fed" read as "Federal Reserve")
            for clipped in _clipped_reads(g, words[0]):
                longer[("ORG", clipped)].append(key)
    for key in [k for k in groups if " " not in k]:
        g = groups[key]
        # "US Gulf" is "Gulf" written with its country's abbreviation: no rival long name
        prefixed = [p + key for p in _PREFIXES if p + key in groups]
        candidates = [
            c for c in longer.get((type_of(g), key), []) if c in groups and c not in prefixed
        ]
        if not candidates and type_of(g) in _COMPANY_WORD_TYPES:
            # a company's first word the recogniser typed a product or a person ("Halvern"
            # PRODUCT) where an article read that word as the company: the company too
            candidates = [
                c for c in longer.get(("ORG", key), []) if c in groups and _read_as(groups[c], key)
            ]
        if not candidates:
            continue
        total = sum(groups[c].mentions for c in candidates)
        best = max(sorted(candidates), key=lambda c: groups[c].mentions)
        target = groups[best]
        if target.mentions < DOMINANT_SHARE * total:
            continue
        if type_of(g) == "ORG" and target.mentions * MISTYPED_RATIO < g.mentions:
            # a body's lone word written far more often than the long name is a body of
            # its own ("Congress" beside a rare "Congress Party"), not its short form
            continue
        target.evidence.append(f"{best_name(g)}: short form of {best_name(target)}")
        g.labels = Counter({type_of(target): g.mentions})  # one type: the long name's
        absorb(target, g, keep_name=True)
        del groups[key]
        for p in prefixed:
            if type_of(groups[p]) == type_of(target):
                target.evidence.append(
                    f"{best_name(groups[p])}: short form of {best_name(target)} with the name "
                    "of the country or union it belongs to"
                )
                absorb(target, groups.pop(p), keep_name=True)


_COMPANY_WORD_TYPES = frozenset({"PRODUCT", "PERSON"})
"""Types the recogniser gives a company's first word written alone (a person's surname has
been joined to a person named in full before this pass runs); a people's word ("Dorvanian"
of "Dorvanian Aerospace Industries") is that people, never the company."""

_PREFIXES = tuple(sorted({name_key(p) + " " for p in PREFIX_EXPANSIONS.values()}))
"""The expanded abbreviations a body's name starts with ("U.S. Coast Guard" is read as
"United States Coast Guard", aliases.normalize_name)."""


def merge_place_prefixed(groups: dict[str, Group]) -> None:
    """ "United States Coast Guard" joins "Coast Guard": news writes a body with or without
    the abbreviated country or union it belongs to ("the U.S. Coast Guard", "the Coast
    Guard"), and a region the same ("the Ruritania Gulf Coast", "the Gulf Coast"), where
    the prefix may also be a country or a people the corpus names ("Ruritania",
    "Ruritanian"). Only a name of two words or more after the prefix, and only when the
    corpus writes no other name of that kind ending with it ("Dorvan Coast Guard" beside
    it leaves "Coast Guard" ambiguous, and all three stay apart). A body keeps to the
    abbreviated prefixes: "City Council" after a town's name is any town's council."""
    countries = frozenset(k for k, g in groups.items() if type_of(g) in _COUNTRY_TYPES)
    by_tail: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, g in groups.items():
        kind = _prefixed_kind(g)
        if kind is None:
            continue
        words = key.split()
        for i in range(1, len(words) - 1):
            by_tail[(kind, " ".join(words[i:]))].append(key)
    for (kind, tail), keys in by_tail.items():
        bare = groups.get(tail)
        if bare is None or _prefixed_kind(bare) != kind or len(keys) != 1:
            continue
        long_key = keys[0]
        prefix = long_key[: -len(tail) - 1]
        by_country = kind == "place" and prefix in countries
        if not (long_key.startswith(_PREFIXES) or by_country) or long_key not in groups:
            continue
        long_group = groups[long_key]
        target, other = (
            (bare, long_group) if bare.mentions >= long_group.mentions else (long_group, bare)
        )
        target.evidence.append(
            f"{best_name(long_group)}: {best_name(bare)} with the name of the country or union "
            "it belongs to"
        )
        place_type = _place_type(bare, long_group)
        absorb(target, other, keep_name=True)
        if kind == "place" and type_of(target) == "FAC":
            # a site with a geographic head is the place its other form was typed
            target.labels = Counter({place_type: target.mentions})
        del groups[tail if target is long_group else long_key]


def _prefixed_kind(g: Group) -> str | None:
    """The kind of name a country's prefix may open, or None: a site (FAC) whose name ends
    with a geographic head ("the Ruritania Gulf Coast" FAC beside "the Gulf Coast" LOC) is
    a region the recogniser typed a site, so it is a place like its LOC form; any other
    site is built, and stays apart."""
    type_ = type_of(g)
    if type_ == "FAC" and _GEOGRAPHIC_NAME.search(best_name(g)):
        return "place"
    return _PREFIXED_KINDS.get(type_)


def _place_type(a: Group, b: Group) -> str:
    """The place type of the pair (LOC or GPE), the one the non-site form was given."""
    for g in (a, b):
        if type_of(g) in {"LOC", "GPE"}:
            return type_of(g)
    return "LOC"


_GEOGRAPHIC_NAME = re.compile(r"\s" + GEOGRAPHIC_HEAD + r"\Z")


_PREFIXED_KINDS = {"ORG": "body", "LOC": "place", "GPE": "place"}
"""Types a name written with or without its country's prefix may have, by kind: a region
typed LOC in one article and GPE in another is one kind, a body never a place."""
_COUNTRY_TYPES = frozenset({"GPE", "NORP"})
