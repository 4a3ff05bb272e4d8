"""A source described through its owner's pronoun ("His aides said", "her lawyer said").

"'It is time to act,' Dorran said. His aides said he was pulling his ads." -- the aides
are Dorran's. Shown as written, "His aides" tells a reader nothing about whose aides
spoke; read with its owner, the description is "Dorran's aides". The owner is found the
way a "he said" finds its person (`pronouns.pronoun_antecedent`), and only when that is
the source who spoke last with nobody else named since, so an owner that cannot be told
apart from someone else is never guessed: the description then stays as written. The
speaker stays unnamed (named=False): the aides are not Dorran.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.genders import gender_of_pronoun
from storyline.analyze.quotes.pronouns import pronoun_antecedent
from storyline.analyze.quotes.referents import names_a_person, people_plural
from storyline.model import Speaker

__all__ = ["with_owner"]

_OWNED = re.compile(r"\s*([Hh]is|[Hh]er)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")
"""A description owned by "his"/"her": up to three lower-case words, the last its head."""


def with_owner(d: Discourse, speaker: Speaker) -> Speaker | None:
    """`speaker` shown with its owner's name when it is an unnamed description of people
    owned by "his"/"her" and the pronoun's person is found; None otherwise."""
    if speaker.canonical or speaker.resolution != "description" or speaker.start is None:
        return None
    m = _OWNED.fullmatch(speaker.text)
    if m is None:
        return None
    noun = m.group(2)
    head = noun.split()[-1]
    if not (people_plural(head) or names_a_person(noun)):
        return None  # "his statement", "her office": no person who speaks
    gender = gender_of_pronoun(m.group(1).casefold())
    if gender is None:
        return None
    found = pronoun_antecedent(d, speaker.start + m.start(1), gender)
    if found is None or found[0] is None:
        return None
    name, evidence = found
    latest = next((said for said in reversed(d.history) if said.pos < speaker.start), None)
    if latest is None or latest.speaker.canonical != name:
        return None  # the owner must be the source who spoke last
    if any(p.name != name for p in d.people_between(latest.pos, speaker.start)):
        # "Rubin asked her ... Born made no commitment ... according to her staff": anyone
        # else named since the owner spoke may own the description as well
        return None
    return Speaker(
        speaker.text,
        speaker.start,
        speaker.end,
        f"{name}'s {noun}",
        False,
        "description",
        evidence,
    )
