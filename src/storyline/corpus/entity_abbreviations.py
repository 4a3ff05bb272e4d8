"""A street or a mountain written with its kind abbreviated in some articles and in full in
others ("Quenby Ave.", "Quenby Avenue"; "Mt Tarvo", "Mount Tarvo"): one place.

News wire style abbreviates a street's kind when a number is written with it ("at Quenby
Ave. and E. 31st St.") and spells it out in prose; the recogniser types the short form
anything (a body, a place), and a reader saw the one street twice among a story's top
entities. Only the kind words below are read, at the end of a street's name or the start
of a mountain's, and a short form joins only a name written in full in the same corpus;
"St" opening a name is a saint's ("St Aldric"), never a street, and is not read.
"""

from __future__ import annotations

from storyline.corpus.entity_groups import Group, absorb, best_name, type_of

__all__ = ["merge_abbreviated_kinds"]

_LAST_KINDS = {
    "ave": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "st": "street",
    "rd": "road",
    "hwy": "highway",
    "pkwy": "parkway",
}
"""A street's kind abbreviated as its name's last word, with the word it stands for."""
_FIRST_KINDS = {"mt": "mount", "ft": "fort"}
"""A mountain's or a fort's kind abbreviated as its name's first word."""


def merge_abbreviated_kinds(groups: dict[str, Group]) -> None:
    """Each group whose name ends in an abbreviated street kind or starts with an
    abbreviated mountain's or fort's joins the group of the same name with the kind
    written in full, when the corpus writes that name; the full name and its type stay."""
    for key in list(groups):
        g = groups.get(key)
        words = key.split()
        if g is None or len(words) < 2:
            continue
        if words[-1] in _LAST_KINDS:
            full = " ".join([*words[:-1], _LAST_KINDS[words[-1]]])
        elif words[0] in _FIRST_KINDS:
            full = " ".join([_FIRST_KINDS[words[0]], *words[1:]])
        else:
            continue
        target = groups.get(full)
        if target is None or target is g:
            continue
        target.evidence.append(f"{best_name(g)}: {best_name(target)} with its kind abbreviated")
        g.labels.clear()
        g.labels[type_of(target)] = g.mentions
        absorb(target, g, keep_name=True)
        del groups[key]
