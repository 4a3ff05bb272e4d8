"""Corpus-wide merges of a people's or a group's word forms: plural and singular
("Dorvanians", "Dorvanian"), a group named in the plural and its member ("the Greens",
"a Green candidate"), a member noun and its adjective ("Democrat", "Democratic").

Split from entities.py (`canonical_groups` runs these among its merges).
"""

from __future__ import annotations

from collections import Counter

from storyline.analyze.entities.context import PEOPLE_ADJECTIVE
from storyline.corpus.entity_groups import Group as _Group
from storyline.corpus.entity_groups import absorb as _absorb
from storyline.corpus.entity_groups import best_name as _best_name
from storyline.corpus.entity_groups import type_of as _type_of

__all__ = ["merge_adjectives", "merge_plurals"]

_PEOPLE_TYPES = frozenset({"NORP", "GPE", "LOC"})


def merge_plurals(groups: dict[str, _Group]) -> None:
    """ "Egyptians" joins "Egyptian": a people named in the plural and the singular, also
    when the recogniser typed the singular as a place ("Dorvanians" NORP, "Dorvanian"
    GPE): the plural of a people's word is that people. A group named in the plural
    ("the Greens") takes in its singular typed a person or a body ("a Green candidate")
    under the plural's name (`_member_of_group`)."""
    for key in [k for k in groups if k.endswith("s") and " " not in k]:
        if key not in groups:
            continue
        singular = groups.get(key[:-1])
        g = groups[key]
        if singular is not None and _member_of_group(key[:-1], singular, g, groups):
            # "the Greens" and "a Green candidate" ("Green" typed a person or a body): a
            # group named in the plural, its member or adjective in the singular; the
            # plural names the group
            g.evidence.append(
                f"{_best_name(singular)}: singular of {_best_name(g)}, a member or the "
                f"group's adjective (typed {_type_of(singular)} by the recogniser)"
            )
            _absorb(g, singular, keep_name=True)
            g.labels = Counter({"NORP": g.mentions})
            del groups[key[:-1]]
            continue
        # the plural must be typed a people: "Philippines" the country is no plural; and a
        # place-typed singular must have a people's shape ("Dorvanian"): "many Kestvils
        # living in the west" are people of the city "Kestvil", which stays a place
        if singular is None or _type_of(g) != "NORP" or _type_of(singular) not in _PEOPLE_TYPES:
            continue
        if _type_of(singular) != "NORP" and not PEOPLE_ADJECTIVE.fullmatch(_best_name(singular)):
            continue
        singular.evidence.append(f"{_best_name(g)}: plural of {_best_name(singular)}")
        _absorb(singular, g, keep_name=True)
        # a word written in the plural names a people, whatever one use was typed
        singular.labels = Counter({"NORP": singular.mentions})
        del groups[key]


def _member_of_group(key: str, singular: _Group, plural: _Group, groups: dict[str, _Group]) -> bool:
    """Whether a lone word typed a person or a body is the singular of a group the corpus
    names in the plural as a people ("Green" of "the Greens" NORP; of "the Greens" typed a
    body too when the word is typed a person or a people): a member ("a Green") or the
    adjective ("a Green candidate"). Not when the word is someone's name: written with a title, or a
    surname or first name of a person named in full ("Ana Green")."""
    single, group = _type_of(singular), _type_of(plural)
    if group == "NORP" and single not in {"PERSON", "ORG"}:
        return False  # a people's singular typed a people or a place: merge_plurals
    if group == "ORG" and single not in {"PERSON", "NORP"}:
        return False  # "Times" and "Time": two bodies' names, one a plural by its shape
    if group not in {"NORP", "ORG"} or singular.roles:
        return False
    if not key.isalpha():
        return False
    return not any(
        key in (words := k.split()) and len(words) > 1 and _type_of(o) == "PERSON"
        for k, o in groups.items()
    )


def merge_adjectives(groups: dict[str, _Group]) -> None:
    """ "Democratic" joins "Democrat" (or "Democrats"): a group's member noun, in the
    singular or the plural, and its adjective in -ic, both
    typed a people, are one party or group label a reader would not tell apart; so are a
    people's adjective in -ish and its noun ("Kestish", "Kests"; "Vardish", "Vardes"). The
    noun (with its plural, `merge_plurals`) names it unless the adjective is written more."""
    for key in [k for k in groups if " " not in k and len(k) >= 6 and k.endswith(("ic", "ish"))]:
        stem = key[:-2] if key.endswith("ic") else key[:-3]
        # the noun may be written only in the plural ("Veldrats", never "a Veldrat"), when
        # no singular was there for the plural to join (`merge_plurals`)
        forms = (
            [stem, stem + "s"] if key.endswith("ic") else [stem + e for e in ("", "s", "e", "es")]
        )
        noun_key = next((f for f in forms if f in groups and f != key), None)
        if noun_key is None or key not in groups:
            continue
        noun, g = groups[noun_key], groups[key]
        if _type_of(g) != "NORP" or _type_of(noun) != "NORP":
            continue
        target, other = (g, noun) if g.mentions > noun.mentions else (noun, g)
        target.evidence.append(f"{_best_name(g)}: adjective of {_best_name(noun)}")
        _absorb(target, other, keep_name=True)
        del groups[key if target is noun else noun_key]
