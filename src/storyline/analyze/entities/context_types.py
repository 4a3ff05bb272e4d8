"""The type the words around one mention give it, whatever the recogniser typed: a place
in an appositive or after its kind, a business after its epithet, a river, a body after
"head of", a people for a place-typed adjective or counted plural, an installation, or
the kind a common noun beside the name says (kind_cues). Split from canonical.py, which
prepares each mention (cuts, titles, roles) and asks this one question of its context;
the article's other mentions of the name follow later (mention_labels.retype_cued).
"""

from __future__ import annotations

import re

from storyline.analyze.entities.aliases import ALIASES, name_key
from storyline.analyze.entities.context import (
    BODY_OF_BEFORE,
    BUSINESS_APPOSITIVE,
    BUSINESS_BEFORE,
    COUNTED_BEFORE,
    INSTALLATION_AFTER,
    LOWER_WORD_AFTER,
    ORG_AFTER,
    PEOPLE_ADJECTIVE,
    PLACE_APPOSITIVE,
    PLACE_BEFORE,
    RESIDENTS_AFTER,
    RIVER_BEFORE,
)
from storyline.analyze.entities.kind_cues import kind_cue

__all__ = ["retype_cue"]

_POSSESSIVE_AFTER = re.compile(r"\s*['’]\s*s\b")
_MIXED_INITIALS = re.compile(r"(?=\w*[a-z])[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,2}")
"""A body's initials written in mixed case ("MoD", "DfE"): short, a capital after a small
letter; a place's name with an inner capital is longer ("DeKalb", "McAllen")."""
_THE_BEFORE = re.compile(r"\b(?i:the)\s+\Z")
_GATHERING_HEAD = re.compile(r"Ball|Gala|Festival|Parade|Concert|Banquet|Carnival|Marathon")
"""The last word of a gathering's name ("the Tie and Boots Ball", "the Kell Gala")."""
_THE_NAME_BEFORE = re.compile(r"\b(?i:the)\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,4}\Z")
_OWNER_BEFORE = re.compile(r"['’]\s*s\s+\Z")
""""the" and capitalised words (with "and") before a name: "the Black Tie and " before
"Boots Ball", where the recogniser kept the last words only."""


def retype_cue(text: str, surface: str, end: int, label: str) -> str | None:
    """The type the words around a mention give it, whatever the recogniser typed:
    a place in an appositive ("Karsa, capital of ...") or after its kind ("the town of
    Karsa"), a business after its epithet or in an appositive ("engineering giant Harlow",
    "Harlow, a Dorvan firm"), a site before a plant or a
    reactor ("the Kirano plant"), a people for a place-typed adjective or counted plural
    ("Sri Lankan", "1,000 Gurkhas"); the article's other mentions follow (retype_cued)."""
    start = end - len(surface)
    if label != "LOC" and (
        PLACE_APPOSITIVE.match(text, end) or PLACE_BEFORE.search(text, max(0, start - 40), start)
    ):
        # also where the recogniser typed this one a place: the cue is the evidence the
        # article's other mentions, typed a body more often, follow (retype_cued)
        return "GPE"
    if (label in {"ORG", "PRODUCT"} or (label == "PERSON" and " " not in surface)) and (
        RESIDENTS_AFTER.match(text, end)
    ):
        return "GPE"  # "a Tarvo resident": a place has residents, a body or a person none
    if label in {"GPE", "LOC", "PERSON", "NORP"} and (
        BUSINESS_APPOSITIVE.match(text, end)
        or BUSINESS_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "ORG"
    if (
        label == "PERSON"
        and _GATHERING_HEAD.fullmatch(surface.split()[-1])
        and (
            (" " in surface and _THE_NAME_BEFORE.search(text, max(0, start - 40), start))
            or _OWNER_BEFORE.search(text, max(0, start - 4), start)
        )
    ):
        # "the Tie and Boots Ball", "the Commander 's Ball": a gathering, no one called Ball
        return "EVENT"
    if (
        label in {"GPE", "LOC"}
        and _MIXED_INITIALS.fullmatch(surface)
        and _THE_BEFORE.search(text, max(0, start - 6), start)
    ):
        return "ORG"  # "the MoD said": a ministry's initials, no place
    if label in {"GPE", "LOC"} and name_key(surface) not in ALIASES and ORG_AFTER.match(text, end):
        return "ORG"  # "Harlow 's chief executive": a place has none; a country's is left
    if label in {"ORG", "PERSON"} and RIVER_BEFORE.search(text, max(0, start - 40), start):
        # "the east bank of the Vessa": a river; a name typed a place stays one (the river
        # may share a country's name, and the article's other mentions would follow)
        return "LOC"
    if (
        label == "PERSON"
        and " " not in surface
        and BODY_OF_BEFORE.search(text, max(0, start - 40), start)
        and not _POSSESSIVE_AFTER.match(text, end)
    ):
        return "ORG"  # "the head of Varco": a body
    if label in {"GPE", "LOC"} and _people_word(text, end - len(surface), surface):
        return "NORP"
    if label == "PERSON" and " " not in surface and INSTALLATION_AFTER.match(text, end):
        return "FAC"
    return kind_cue(text, start, end, label)  # a rig, a ship, an animal or a school


def _people_word(text: str, start: int, surface: str) -> bool:
    """Whether a mention typed a place names a people: a people's adjective before a noun
    ("Sri Lankan war victims") or in the plural, or a plural that a number or a quantifier
    counts ("some 400 Kestrans")."""
    last = surface.split()[-1]
    adjective = PEOPLE_ADJECTIVE.fullmatch(last)
    if adjective is not None and (
        adjective.group(1) or LOWER_WORD_AFTER.match(text, start + len(surface))
    ):
        return True
    plural = " " not in surface and last.endswith("s") and last[:1].isupper()
    return plural and COUNTED_BEFORE.search(text, max(0, start - 30), start) is not None
