"""Initials written in one article of a story and the full name they abbreviate written in
another ("HTM" and "Hollis T. Marbury", "KHB" and "Kestrel Harbour Board"): one entity of
the story.

Inside one article name resolution joins them (analyze/entities/resolve.py: defined
initials of any length, three letters or more after the full name); across the store a
defining article is needed (corpus/entities.py), since over many stories the letters may
abbreviate another name. One story is narrow enough for the story's own names to decide:
the initials join the one name of the story, of their type, whose initials they are. Two
letters match a phrase by chance ("Keen Plans" for "KP") and are left to a definition.
The alias's evidence ("HTM: initials of Hollis T. Marbury") is written with the entity.

Run by story_entities.py on the story's mentions once written as the store's entities.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from storyline.analyze.entities.aliases import acronym, acronym_variants
from storyline.corpus.entities import mention_key
from storyline.model import EntityMention

__all__ = ["join_story_initials"]

_MIN_LETTERS, _MAX_LETTERS = 3, 6
_TYPES = frozenset({"PERSON", "ORG"})
"""Types whose names are written by their initials: people ("HTM") and bodies ("KHB")."""


def join_story_initials(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """`mentions` with initials written as the story's one full name of their type that
    has those initials."""
    full: dict[tuple[str, str], set[str]] = {}
    names: dict[str, str] = {}
    for m in mentions:
        written = (m.canonical or m.text).strip()
        if m.label not in _TYPES or " " not in written:
            continue
        key = mention_key(m)
        names.setdefault(key, written)
        for letters in {acronym(written), *acronym_variants(written)}:
            if _MIN_LETTERS <= len(letters) <= _MAX_LETTERS:
                full.setdefault((m.label, letters), set()).add(key)
    out = []
    for m in mentions:
        letters = (m.canonical or m.text).strip().replace(".", "")
        found = full.get((m.label, letters)) if letters.isalpha() and letters.isupper() else None
        if found is not None and len(found) == 1:
            m = dataclasses.replace(m, canonical=names[next(iter(found))])
        out.append(m)
    return out
