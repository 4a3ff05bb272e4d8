"""Ships by their prefix: a name opening with a navy's or a merchant ship's prefix ("HMS
Kessa Star", "MV Tarvo") is a ship's, and the same name written without the prefix in that
article ("the Kessa Star") is that ship. The recogniser reads the words after the prefix
as a person's or a town's name; the prefix is the text's own word that it is a vessel.
Word classes only, never a list of names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["SHIP_FIRST", "join_ship_names"]

SHIP_FIRST = re.compile(r"(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|INS|PNS|MV|RMS)\s+(?=[A-Z])")
"""A navy's or a merchant ship's prefix opening a name ("HMS Kessa Star", "MV Tarvo")."""

_SHIP_LABEL = "PRODUCT"
"""The recogniser's scheme types vehicles, ships among them, as products."""

_JOINED_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT"})
"""Types a ship's name without its prefix may have been read as; a place keeps its own
("Tarvo" the town a ship "MV Tarvo" is named after)."""


def join_ship_names(work: list[PreparedMention]) -> None:
    """Type each name with a ship's prefix a product, and name each mention written as that
    name without the prefix by the full name, typed so, when the article has one such ship."""
    ships: dict[str, set[str]] = {}
    for w in work:
        prefix = SHIP_FIRST.match(w.name)
        if prefix is not None and w.label != "GPE":
            w.label = _SHIP_LABEL
            ships.setdefault(cached_name_key(w.name[prefix.end() :]), set()).add(w.name)
    for w in work:
        found = ships.get(cached_name_key(w.name))
        if found is not None and len(found) == 1 and w.label in _JOINED_LABELS:
            w.name = next(iter(found))
            w.label = _SHIP_LABEL
