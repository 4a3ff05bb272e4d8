"""Whether an unnamed source is one person a later "he" or "she" can continue.

"'We are ready,' said a senior army officer. 'We will hold,' he said." -- the
"he" is the officer, not a person named earlier in the article. An unnamed
source continues only when its phrase is headed by a singular noun for a person
(a role, a gendered noun or a generic noun for someone who speaks); "the
ministry", "residents" and "a statement" are never a "he".
"""

from __future__ import annotations

import re

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.genders import Gender, noun_gender

__all__ = ["person_description"]


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PERSON_NOUNS: frozenset[str] = _vocab(
    "person man woman source witness resident expert doctor physician lawyer "
    "investigator observer soldier fighter rebel protester demonstrator villager "
    "survivor victim patient journalist commentator insider neighbour neighbor "
    "relative friend parent student teacher worker employee member engineer scientist "
    "nurse pilot driver farmer owner trader banker worshipper"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CUT = re.compile(r",|\bwho\b|\bwhich\b|\bthat\b|\bat\b|\bfor\b|\bof\b|\bin\b|\bwith\b|\bfrom\b")


def person_description(phrase: str, gender: Gender) -> bool:
    """Whether `phrase` ("a senior army officer", "one witness, who asked not to be named")
    describes one unnamed person the pronoun of `gender` can refer to."""
    head_part = _CUT.split(phrase, maxsplit=1)[0]
    words = _WORD.findall(head_part)
    if not words or (words[0].casefold() in ("the", "its", "their") and len(words) == 1):
        return False
    head = words[-1].casefold().strip("'’")
    if head.endswith("'s") or head.endswith("’s"):
        return False
    if head not in ROLE_HEADS and head not in _PERSON_NOUNS and noun_gender([head]) is None:
        return False
    said = noun_gender(words)
    return said is None or said == gender
