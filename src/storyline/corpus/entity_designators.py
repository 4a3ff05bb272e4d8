"""A company written with a designator in some articles and bare in others ("Corvane
Group", "Corvane"): one company, named bare.

analyze/entities/designators.py folds the two inside one article; across a story's or a
corpus's articles the same holds when the bare name is a body of its own there: the whole
rest of the name, never a first word two companies share ("Corvane Foods Group" stays
apart from "Corvane"). The alias's evidence line is written with the entity
(corpus/entities.py, `_spelling_evidence`).

The recogniser types an unfamiliar company's bare name a person by its shape ("Corvane
Freight's depot" read as PERSON) in articles that never write the designator; that bare
name is still the company when nothing in the corpus reads it as a person (below).
"""

from __future__ import annotations

from collections import Counter

from storyline.analyze.entities.designators import without_designators
from storyline.analyze.entities.mention_labels import cached_name_key
from storyline.corpus.entity_groups import Group, absorb, best_name, type_of
from storyline.corpus.entity_retypes import person_name_words

__all__ = ["merge_designators"]


def merge_designators(groups: dict[str, Group]) -> None:
    """A body's group named with designators joins the body's group named bare."""
    people_words = person_name_words(groups)
    for key in list(groups):
        g = groups.get(key)
        if g is None or type_of(g) != "ORG":
            continue
        name = best_name(g)
        bare = without_designators(name)
        if bare == name:
            continue
        bare_key = cached_name_key(bare)
        target = groups.get(bare_key)
        if target is None or target is g:
            continue
        mistyped = _read_as_person_only_by_shape(target, bare_key, people_words)
        if type_of(target) != "ORG" and not mistyped:
            continue
        absorb(target, g, keep_name=True)
        if mistyped:
            target.labels = Counter({"ORG": target.mentions})
        del groups[key]


def _read_as_person_only_by_shape(g: Group, key: str, people_words: dict[str, list[str]]) -> bool:
    """Whether `g`, typed a person, has nothing of a person but the recogniser's guess: no
    title ("Director Corvane"), no person's full name it is part of ("Ann Corvane"), and
    never its last word alone for it (a person's full name is taken up by its surname, a
    body's by its first word: "Corvane" for "Corvane Freight")."""
    if type_of(g) != "PERSON" or g.roles:
        return False
    words = key.split()
    if len(words) == 1:
        return key not in people_words
    if any(cached_name_key(a) == words[-1] for a in g.aliases):
        return False
    return not any(k.endswith(" " + key) for k in people_words.get(words[-1], []))
