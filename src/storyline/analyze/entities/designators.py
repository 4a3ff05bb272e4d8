"""A company written with and without a designator in one article ("Harlow" and "the
Harlow Group"): one company, named bare.

prepare.py already drops a legal form ("Plc", "Inc."); a designator word ("Group",
"Holdings", "Corporation", "Company", "Consortium") names the same business too, but may
also be part of a distinct body's name, so it is folded only where the article itself
writes the bare name as a body: the whole rest of the name, never a first word two
companies share ("Harlow Foods Group" stays apart from "Harlow"). The corpus gives the
alias its evidence (corpus/entity_stated.py).
"""

from __future__ import annotations

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["DESIGNATORS", "fold_designators", "without_designators"]

DESIGNATORS = frozenset(
    {
        *("group", "holdings", "holding", "corp", "corporation", "inc", "co", "company"),
        "consortium",
        *("plc", "ltd", "llc", "ag", "sa", "nv", "limited", "gmbh"),
    }
)
"""Words after a company's name that say it is a company (lower-cased, dots dropped)."""


def without_designators(name: str) -> str:
    """`name` without the designator words ending it ("Harlow Holdings Co" -> "Harlow");
    a name that is nothing else stays whole."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").casefold() in DESIGNATORS:
        words.pop()
        if len(words) > 1 and words[-1] in _JOINERS:
            words.pop()  # "Harlow Jones & Co.": "Harlow Jones"
    return " ".join(words).rstrip(",") if words else name


_JOINERS = frozenset({"&", "and"})
"""A word joining a designator to the name ("& Co.", "and Company"): dropped with it."""


def fold_designators(work: list[PreparedMention]) -> None:
    """Name a body written with designators by its bare name when the article writes that
    bare name as a body too."""
    bodies = {cached_name_key(w.name) for w in work if w.label == "ORG"}
    for w in work:
        if w.label != "ORG":
            continue
        bare = without_designators(w.name)
        if bare != w.name and cached_name_key(bare) in bodies:
            w.name = bare
