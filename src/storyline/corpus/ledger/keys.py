"""Which reports count the same quantity: the keys a claim is filed under.

A series is one category of one kind of unit ("killed" people, "money" in
euros) and, within it, one class of subject, place and cause. The keys are
deliberately coarse where news writes one thing many ways ("people",
"deaths", "bodies", "victims", "the dead" are all the people a toll counts)
and strict where it counts different things ("children", "soldiers",
"passengers" are each a group of their own; "in Mexico" is not "worldwide";
"seasonal flu" is not the story's outbreak). Which classes are one quantity
after all is decided from the numbers (`storyline.corpus.ledger.series`).
"""

from __future__ import annotations

import re

from storyline.analyze.claims.context import PERSON_CATEGORIES

__all__ = [
    "ABSURD_LIMITS",
    "CUMULATIVE",
    "PERSON_CATEGORIES",
    "cause_key",
    "group_key",
    "is_absurd",
    "latin_safe_singular",
    "location_key",
    "measure_of",
    "measures_meet",
    "subject_key",
    "whole_group",
]

CUMULATIVE = frozenset({"killed", "injured", "arrested", "rescued", "cases", "aided"})
"""Counts that only grow as a story goes on (a later lower figure contradicts an earlier one).

Missing, displaced, evacuated and hostages are levels: they fall as people are
found, go home or are freed. Money and percentages are levels too: a budget or
a share is revised either way."""
ABSURD_LIMITS: dict[str, float] = {
    **{c: 1e10 for c in PERSON_CATEGORIES},
    "cases": 1e10,
    "money": 1e15,
}
"""Values no count of the category can reach: more persons than live on Earth (8e9),
more money than the world produces in a decade (1e15 in any currency)."""

_GENERIC_SUBJECTS = frozenset(
    {
        "", "people", "person", "persons", "individual", "death", "dead", "body", "corpse",
        "casualty", "fatality", "life", "victim", "other", "they", "them", "case", "infection",
        "injury", "injured", "wounded",
    }
)  # fmt: skip
"""Nouns that name no group of their own: all the people a count of its category counts."""
_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "people": "people"}
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_CAUSE_STOP = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "new", "deadly", "latest", "current", "same", "recent", "ongoing", "huge", "massive",
        "powerful", "devastating", "fresh", "lethal", "fatal", "killer", "mysterious", "'s",
    }
)  # fmt: skip


def latin_safe_singular(word: str) -> str:
    """A rough singular of an English plural noun in any case, lower-cased ("Bodies" ->
    "body", "men" -> "man"); a word in -us or -is is a singular already ("virus",
    "crisis", "census") and is kept whole, where a plain cut of the "s" would not be.

    Not `analyze.quotes.speaking_nouns.singular`, which takes lower-case speaker nouns,
    reads compound plurals ("congressmen", "spokespeople") and cuts the "s" of "virus" (its
    callers also look the word up as it stands): the ledger's subject and unit keys are
    built from this one word, and a key that changed with those rules would file counts
    under another series."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


_UNCERTAIN = frozenset(
    {
        "suspected", "probable", "possible", "likely", "unconfirmed", "presumed", "potential",
        "reported",
    }
)  # fmt: skip
"""Words that make a count a count of candidates ("suspected cases", "1,324 reported
cases"): another quantity than the confirmed one."""
_CONFIRMED = frozenset(
    {"confirmed", "laboratory-confirmed", "lab-confirmed", "verified", "documented"}
)
"""Words of a confirmed count: a news toll is the confirmed count, so they name no other
quantity ("twelve confirmed dead" and "21 dead" are one toll that disagrees)."""


_ESTIMATE_WORDS = frozenset(
    {
        "estimated", "estimate", "estimates", "suspected", "suspect", "probable", "possible",
        "presumed",
        "unconfirmed", "feared", "believed", "thought",
    }
)  # fmt: skip
"""Words that make a figure an estimate or a count of candidates ("an estimated 1,000
infected", "200 suspected cases", "believed to have killed 40")."""
MEASURE_WORDS_BEFORE = 4
"""How many words before the number may say how it was reached ("has now confirmed 25")."""


def measure_of(text: str, before: str, certainty: str | None = None) -> str:
    """How a count was reached: "estimated", "confirmed" or "" (the text does not say).

    `text`: the claim's words; `before`: the words of its sentence before it. The
    claim stage's `certainty` counts too. An estimate wins when both are written
    ("confirmed an estimated 40"): it is the weaker reading.
    """
    words = _WORD.findall(text.lower())
    words += _WORD.findall(before.lower())[-MEASURE_WORDS_BEFORE:]
    if certainty == "suspected" or _ESTIMATE_WORDS.intersection(words):
        return "estimated"
    if certainty == "confirmed" or _CONFIRMED.intersection(words):
        return "confirmed"
    return ""


def measures_meet(a: str, b: str) -> bool:
    """An estimate and a confirmed count are two quantities (suspected cases outnumber
    confirmed ones for weeks); a count that does not say how it was reached meets both."""
    return not a or not b or a == b


def subject_key(category: str, subject: str | None, certainty: str | None = None) -> str:
    """The group a count is about: "" for everyone its category counts, else the head noun.

    Money and percentages have no head noun: the claim stage puts the word
    the amount hangs from in `subject` ("approve", "cost"), and that is the key.
    "suspected" (or "reported", "probable"...) cases or deaths, and counts the
    text gives as suspected ("feared dead"), are a count of their own; a plain
    count joins it when its numbers are in line (`storyline.corpus.ledger.series`).
    """
    words = _WORD.findall(subject.lower()) if subject else []
    if category == "money" and len(words) >= 3 and words[-2:] == ["per", "share"]:
        return " ".join(words[-3:])  # "offer per share": a price, apart from the deal's value
    if category in ("money", "percent"):
        return str(words[-1]) if words else ""
    if certainty == "suspected":
        words = ["suspected", *words]
    if not words:
        return ""
    head = latin_safe_singular(words[-1])
    key = "" if head in _GENERIC_SUBJECTS | _UNCERTAIN | _CONFIRMED else head
    if any(w in _UNCERTAIN for w in words[:-1]):
        key = f"{key} suspected".strip()
    return key


def whole_group(key: str) -> bool:
    """Whether a subject key counts a whole group (everyone, or its suspected part), not a
    sub-group ("student", "soldier") whose counts are written about many places."""
    return key in ("", "suspected")


def location_key(location: str | None) -> str:
    return " ".join(_WORD.findall(location.lower())) if location else ""


def cause_key(cause: str | None) -> str:
    """The words that name who or what did it ("seasonal flu", "1918 pandemic", "israel").

    The claim stage keeps only causes that name something of their own (a
    name, or a noun with a modifier), not those pointing back at the story's
    own event ("the virus", "the new strain"): those read as no cause.
    """
    if not cause:
        return ""
    return " ".join(w for w in _WORD.findall(cause.lower()) if w not in _CAUSE_STOP)


def group_key(category: str, unit: str | None) -> str:
    """Category and kind of unit: reports of different groups never share a series."""
    if category in PERSON_CATEGORIES or category == "cases":
        return f"{category}|people"
    if category == "money":
        return f"money|{unit or '?'}"
    if category == "percent":
        return "percent|%"
    return f"{category}|{latin_safe_singular(unit) if unit else ''}"


def is_absurd(category: str, value: float) -> bool:
    limit = ABSURD_LIMITS.get(category)
    return limit is not None and value > limit
