"""A name the corpus types a place but some article reads as a vessel ("the rig Ocean
Sable", "the Ocean Sable oil rig"): the vessel reading comes from the text's own noun for
it (analyze/entities/kind_cues.py), the place reading from the recogniser's guess by the
name's shape ("Ocean ..."), so the name is the vessel wherever it is written.
"""

from __future__ import annotations

from collections import Counter

from storyline.analyze.entities.kind_cues import PLACE_SHAPE
from storyline.corpus.entity_groups import Group, best_name, type_of

__all__ = ["retype_vessels"]

_MIN_READS = 2
_MIN_SHARE = 0.2
"""A vessel reading counts when at least two mentions and a fifth of the name's carry it: a
single product reading may be the recogniser's own slip."""


def retype_vessels(groups: dict[str, Group]) -> None:
    """Names of two words or more typed a place (not a city or a country) or a site in
    most mentions, with no place's shape ("Gulf of Marrow", "Kell Basin"), and read as a
    product in enough of them, are that product ("Ocean Sable" LOC 6, PRODUCT 3 ->
    PRODUCT)."""
    for key, g in groups.items():
        if " " not in key or type_of(g) not in {"LOC", "FAC"}:
            continue
        reads = g.labels["PRODUCT"]
        if reads < _MIN_READS or reads < _MIN_SHARE * g.mentions:
            continue
        if PLACE_SHAPE.fullmatch(best_name(g)):
            continue
        g.evidence.append(
            f"{best_name(g)}: read as a vessel or a rig in {reads} of {g.mentions} mentions "
            f"(typed {type_of(g)} elsewhere by the recogniser)"
        )
        g.labels = Counter({"PRODUCT": g.mentions})
