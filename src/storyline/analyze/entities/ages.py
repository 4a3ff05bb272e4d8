"""An age in apposition says a person ("Pallant, 24, was the tenth case"), and so does the
full name whose surname the article reads as that person. So does "who" after a site's
name of a person's shape ("Orrin Hall, who directs the agency, said"): a building is
"which", and the site's head word ("Hall") is a surname too.

The recogniser types an unfamiliar surname a body or a site by its shape; the age the
text gives right after it is plain evidence, and the full name written elsewhere in the
article ("Greer Pallant", typed a body too) is the same person.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["aged", "followed_by_who", "relabel_cued_full_names"]

_AGE_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?(?:[1-9]|[1-9]\d|1[01]\d)\s*,")
_LONE_WORD = re.compile(r"[A-Z][a-z]+")
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def aged(text: str, end: int, surface: str) -> bool:
    """Whether an age in apposition follows a name of a person's shape ("Pallant, 24,",
    "Ivo Marsh, aged 19,"): only people are given ages so. Callers ask it of bodies, sites
    and people, not of places ("Kell, 140, Tarvo, 88" counts cases)."""
    shaped = _LONE_WORD.fullmatch(surface) or _PLAIN_NAME.fullmatch(surface)
    return shaped is not None and _AGE_AFTER.match(text, end) is not None


_WHO_AFTER = re.compile(r"\s*,\s*who\s+[a-z]")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|on|of|from|near|outside|inside|into|to|across|around|through|over|by)"
    r"\s+(?:the\s+)?\Z"
)
"""A preposition of place before the name: "the people in Tarvo Square, who slept there"
speaks of the people, and the site stays a site."""


def followed_by_who(text: str, end: int, surface: str) -> bool:
    """Whether ", who" and a lower-case word follow a name of two or three plain capitalised
    words ("Orrin Hall, who directs") that follows no preposition of place ("the people in
    Tarvo Square, who"). Callers ask it of sites only: "the people of Tarvo, who" speaks of
    the people, not the place, and a body may be "who" in loose writing."""
    start = end - len(surface)
    return (
        " " in surface
        and _PLACE_BEFORE.search(text, max(0, start - 12), start) is None
        and _PLAIN_NAME.fullmatch(surface) is not None
        and _WHO_AFTER.match(text, end) is not None
    )


def relabel_cued_full_names(work: list[PreparedMention]) -> None:
    """A full name of a person's shape typed a body or a site ("Greer Pallant" ORG) whose
    last word the article reads as a person with a cue of its own (an age, a title, a kin
    word) is that person, unless its own words said what it is (a camp named after him)."""
    cued = {cached_name_key(w.name) for w in work if w.label == "PERSON" and w.person_cue}
    if not cued:
        return
    for w in work:
        if (
            w.label in {"ORG", "FAC", "NORP", "PRODUCT"}
            and not w.business
            and w.retype is None  # "Camp Tarrow": its words said a site, beside a son Tarrow
            and _PLAIN_NAME.fullmatch(w.name)
            and cached_name_key(w.name.split()[-1]) in cued
        ):
            w.label = "PERSON"
