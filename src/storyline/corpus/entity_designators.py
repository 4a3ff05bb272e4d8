"""A company written with a designator in some articles and bare in others ("Corvane
Group", "Corvane"): one company, named bare.

analyze/entities/designators.py folds the two inside one article; across a story's or a
corpus's articles the same holds when the bare name is a body of its own there: the whole
rest of the name, never a first word two companies share ("Corvane Foods Group" stays
apart from "Corvane"). The alias's evidence line is written with the entity
(corpus/entities.py, `_spelling_evidence`).
"""

from __future__ import annotations

from storyline.analyze.entities.designators import without_designators
from storyline.analyze.entities.mention_labels import cached_name_key
from storyline.corpus.entity_groups import Group, absorb, best_name, type_of

__all__ = ["merge_designators"]


def merge_designators(groups: dict[str, Group]) -> None:
    """A body's group named with designators joins the body's group named bare."""
    for key in list(groups):
        g = groups.get(key)
        if g is None or type_of(g) != "ORG":
            continue
        name = best_name(g)
        bare = without_designators(name)
        if bare == name:
            continue
        target = groups.get(cached_name_key(bare))
        if target is None or target is g or type_of(target) != "ORG":
            continue
        absorb(target, g, keep_name=True)
        del groups[key]
