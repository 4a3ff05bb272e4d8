"""A body's last word written alone joined to the one body of the corpus (or the story)
whose name it ends ("Harriers" of "Velmar Falls Harriers"): analysis joins it inside an
article that names the body in full (analyze/entities/org_tails.py), but an article that
writes only "the Harriers" left a second row beside the long name among a story's top
entities.

Split from entities.py; the pass reads only the groups built from stored mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from storyline.analyze.entities.org_tails import (
    FORCE_KINDS,
    MAX_BODY_WORDS,
    ending_variant,
    may_name_a_body_alone,
)
from storyline.corpus.entity_groups import Group, absorb, best_name, type_of

__all__ = [
    "merge_body_tails",
    "merge_ending_variants",
    "merge_kindless_bodies",
    "merge_town_named_bodies",
]

_LONE_TYPES = frozenset({"ORG", "PRODUCT"})
"""Types a body's last word alone is read as ("Harriers" typed a product by its plural);
a person's surname or a place stays apart."""


def merge_body_tails(groups: dict[str, Group]) -> None:
    """Each one-word group typed a body or a product joins the body whose name of two to
    four capitalised words it ends, when every such body's name ends in the shortest of
    them (one body written with and without its town); two bodies ending so ("Velmar
    Harriers", "Tarn Harriers") leave the word alone. The joined group takes the body's
    type and name."""
    ending: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        words, name = key.split(), best_name(g)
        if type_of(g) != "ORG" or not 2 <= len(words) <= MAX_BODY_WORDS:
            continue
        if all(w[:1].isupper() for w in name.split()):
            ending[words[-1]].append(key)
    for key in [k for k in groups if " " not in k and k in ending]:
        g = groups[key]
        if type_of(g) not in _LONE_TYPES or key in FORCE_KINDS:
            continue  # a force's kind across a corpus is any country's own ("Navy")
        if not may_name_a_body_alone(best_name(g)):
            continue
        found = sorted(ending[key], key=lambda c: (len(c.split()), c))
        if not all(c.endswith(" " + found[0]) for c in found[1:]):
            continue
        best = max(found, key=lambda c: groups[c].mentions)
        target = groups[best]
        target.evidence.append(f"{best_name(g)}: last word of {best_name(target)}")
        g.labels = Counter({type_of(target): g.mentions})
        absorb(target, g, keep_name=True)
        del groups[key]


def merge_ending_variants(groups: dict[str, Group]) -> None:
    """Two bodies' names alike but for the ending of their last word ("Velmar Distribution",
    "Velmar Distributors", `ending_variant`) are one body: the less written joins the more
    written, its name kept as an alias. A name with two such variants is left alone."""
    bodies = sorted(
        (k for k, g in groups.items() if type_of(g) == "ORG" and " " in k),
        key=lambda k: (-groups[k].mentions, k),
    )
    by_rest: dict[str, list[str]] = defaultdict(list)
    for key in bodies:
        by_rest[key.rsplit(" ", 1)[0]].append(key)
    for keys in by_rest.values():
        if len(keys) != _PAIR:
            continue
        big, small = keys
        if ending_variant(big, small):
            target = groups[big]
            target.evidence.append(f"{best_name(groups[small])}: spelling of {best_name(target)}")
            absorb(target, groups.pop(small), keep_name=True)


_PAIR = 2


_TRAILING_KINDS = ("department", "service", "force")
"""A body's last word news leaves out once the rest names it ("the Velmar Police",
"the Velmar Fire Service")."""


def merge_kindless_bodies(groups: dict[str, Group]) -> None:
    """A body of two words or more ("Velmar Police") joins the body written with one more
    word of kind after it ("Velmar Police Department"), when exactly one such body is
    written; "Velmar Police Service" beside "Velmar Police Department" leaves it apart. A
    lone word ("Defense", "Defense Department") is another thing, and is not read."""
    for key in [k for k, g in groups.items() if " " in k and type_of(g) == "ORG"]:
        fuller = [
            f"{key} {kind}"
            for kind in _TRAILING_KINDS
            if f"{key} {kind}" in groups and type_of(groups[f"{key} {kind}"]) == "ORG"
        ]
        if len(fuller) != 1 or key not in groups:
            continue
        target, g = groups[fuller[0]], groups[key]
        target.evidence.append(f"{best_name(g)}: {best_name(target)} without its kind")
        absorb(target, g, keep_name=True)
        del groups[key]


"""Bodies sharing all words but the last: two are one name spelled two ways; more are a
family of names ("Velmar Distribution", "Velmar Distributors", "Velmar Dispatch")."""


def merge_town_named_bodies(groups: dict[str, Group]) -> None:
    """A body's name written with and without the town or country it is named after
    ("Velmar Tarn Harriers" beside "Tarn Harriers", where the corpus names "Velmar" as a
    place) is one body: the less written joins the more written. Only a body whose last
    word may name it alone (`may_name_a_body_alone`: a team's nickname, not "City Council",
    which after a town's name is any town's council, nor a force's kind: "National Guard"
    is any state's), and only when no other such prefix is written before the same name."""
    places = frozenset(k for k, g in groups.items() if type_of(g) == "GPE")
    by_tail: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        words = key.split()
        if type_of(g) != "ORG" or not 3 <= len(words) <= MAX_BODY_WORDS:
            continue
        for i in (1, 2):
            if i < len(words) - 1 and " ".join(words[:i]) in places:
                by_tail[" ".join(words[i:])].append(key)
    for tail, keys in by_tail.items():
        bare = groups.get(tail)
        if bare is None or type_of(bare) != "ORG" or len(keys) != 1 or keys[0] not in groups:
            continue
        last = best_name(bare).split()[-1]
        if not may_name_a_body_alone(last) or last.casefold() in FORCE_KINDS:
            continue  # "Velmar National Guard" beside "National Guard": each state's own
        long_group = groups[keys[0]]
        target, other = (
            (bare, long_group) if bare.mentions >= long_group.mentions else (long_group, bare)
        )
        target.evidence.append(f"{best_name(long_group)}: {best_name(bare)} with its town's name")
        absorb(target, other, keep_name=True)
        del groups[tail if target is long_group else keys[0]]
