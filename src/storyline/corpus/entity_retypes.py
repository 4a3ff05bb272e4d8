"""Corpus-wide retyping of merged groups by written evidence: a company's legal form, a
product reading, a person's full name taken up by its surname, a lone "person" word the
recogniser also types a thing, a people's plural typed a body, a body's name opening with
a people's adjective.

Split from entities.py (`canonical_groups` runs these before the merges).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storyline.analyze.entities.aliases import name_key, without_company_suffix
from storyline.analyze.entities.context import PEOPLE_ADJECTIVE
from storyline.corpus.entity_groups import Group as _Group
from storyline.corpus.entity_groups import best_name as _best_name
from storyline.corpus.entity_groups import type_of as _type_of

__all__ = [
    "BODY_HEAD",
    "person_name_words",
    "retype_companies",
    "retype_nationality_bodies",
    "retype_people",
    "retype_people_plurals",
    "retype_products",
    "retype_things",
]

_THING_SHARE = 0.05
"""Share of a lone "person" word's mentions typed as a thing for it to be one."""


def person_name_words(groups: dict[str, _Group]) -> dict[str, list[str]]:
    """Word -> keys of the multi-word person names that start or end with it."""
    full: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        words = key.split()
        if len(words) > 1 and _type_of(g) == "PERSON":
            full[words[-1]].append(key)
            if words[0] != words[-1]:
                full[words[0]].append(key)
    return full


def retype_things(groups: dict[str, _Group]) -> None:
    """A lone word typed PERSON that is in no full name but is also typed as an
    organisation, product or place takes that type ("Twitter"); a longer name typed PERSON
    and also read as a product (a vessel, a drug) is that product ("Kestrel Dawn")."""
    full = person_name_words(groups)
    for key, g in groups.items():
        if key in full or _type_of(g) != "PERSON" or g.roles:
            # a name written with a person's title ("President Vale") is a person's
            continue
        # a longer name is a made thing only by a product reading ("the rig Kestrel Dawn"):
        # a person's full name is now and then typed a place or a body by mistake
        others = {
            k: n
            for k, n in g.labels.items()
            if k != "PERSON" and (" " not in key or k == "PRODUCT")
        }
        if others and sum(others.values()) >= _THING_SHARE * g.mentions:
            label = max(sorted(others), key=lambda k: others[k])
            g.labels = Counter({label: g.mentions})


def retype_products(groups: dict[str, _Group]) -> None:
    """A name typed a people (NORP) that some article read as a product ("the antiviral
    Zelvarin") is that product: a people's name is no drug or vessel, while the recogniser
    types an unfamiliar capitalised word a people by its shape ("-flu", "-ix")."""
    for g in groups.values():
        if (
            _type_of(g) == "NORP"
            and g.labels["PRODUCT"] > 0
            and not PEOPLE_ADJECTIVE.fullmatch(_best_name(g))
        ):
            g.labels = Counter({"PRODUCT": g.mentions})


def retype_companies(groups: dict[str, _Group]) -> None:
    """A name some article wrote with a company's legal form ("Harlow Ltd.") is a company
    wherever the recogniser typed it a place or a person ("Harlow's rig" read as GPE): the
    legal form is written evidence, the type elsewhere a guess from context."""
    for g in groups.values():
        if _type_of(g) in {"GPE", "LOC", "PERSON", "NORP"} and any(
            without_company_suffix(a) != a for a in g.aliases
        ):
            g.labels = Counter({"ORG": g.mentions})


def retype_people(groups: dict[str, _Group]) -> None:
    """A full name typed a body or a place in most mentions ("Ann Vale , the health
    secretary ," read as ORG) is a person when it was also read as a person and an article
    wrote its last word alone for it ("Vale said"): only a person's full name is taken up
    by its surname in an article, never a body's."""
    for key, g in groups.items():
        words = key.split()
        if len(words) < 2 or _type_of(g) == "PERSON" or g.labels["PERSON"] == 0:
            continue
        if any(name_key(a) == words[-1] and a[:1].isupper() for a in g.aliases):
            g.labels = Counter({"PERSON": g.mentions})


_PLURAL_ENDINGS = ("ers", "ns", "is")
"""How a people's plural is written from its country's name: "Dorvanders" of "Dorvand",
"Kestravans" of "Kestrava", "Tarnis" of "Tarn". A plural of a people's word ("Verdants"
beside "Verdant" NORP) may be a group's name (merge_plurals reads those)."""


def retype_people_plurals(groups: dict[str, _Group]) -> None:
    """A lone plural typed a body or a person ("Dorvanders" ORG) whose stem the corpus names
    as a country ("Dorvand" GPE) is that people (NORP): the recogniser types an
    unfamiliar capitalised plural a body by its shape, and no body or person is named by a
    country's name and a plural ending. Countries and regions in the plural
    ("Marquesas") are never retyped: only a body's or a person's reading is."""
    types = {k: _type_of(g) for k, g in groups.items()}
    for key, g in groups.items():
        if " " in key or not key.endswith("s") or _type_of(g) not in {"ORG", "PERSON"}:
            continue
        for ending in _PLURAL_ENDINGS:
            stem = key[: -len(ending)]
            if key.endswith(ending) and len(stem) >= 3 and types.get(stem) == "GPE":
                g.labels = Counter({"NORP": g.mentions})
                break


BODY_HEAD = re.compile(
    r"\s(?:Federation|Confederation|Union|Unions|Association|League|Council|Congress|"
    r"Committee|Society|Institute|Organi[sz]ation|Movement|Front)(?:\s+of\s+\S.*)?\Z"
)
"""A body's head noun ending its name, alone or before "of ..." ("Dorvan Federation of
Trade Unions", "Tarni Writers Association")."""


def retype_nationality_bodies(groups: dict[str, _Group]) -> None:
    """A name of three words or more typed a people (NORP: the recogniser reads the people's
    adjective it opens with) that ends with a body's head ("Dorvanian Federation of Trade Unions",
    "Tarni Writers Association") is that body (ORG): the recogniser reads the people's
    adjective and types the whole name after it, while the head says what the name is."""
    for key, g in groups.items():
        if len(key.split()) < 3 or _type_of(g) != "NORP":
            continue
        if BODY_HEAD.search(_best_name(g)):
            g.labels = Counter({"ORG": g.mentions})
