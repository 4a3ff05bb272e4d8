"""The grammar of a source phrase: which name in it is its head, and which only modifies it.

"Its director, Samuel Reyes" is named by Reyes; "a lawyer for Smith", "Smith's
lawyer" and "Dahl aides" are not named by the name they hold. Shared by the
speaker resolver (speakers.py) for names in the phrase and for subjects; the parse
moves of an attribution (noun phrase, subject, span) are in phrases.py.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.roles import HONORIFICS
from storyline.analyze.quotes.cues import vocab
from storyline.model import EntityMention

__all__ = ["POSSESSIVE", "PREPOSITIONS", "SPEAKING_LABELS", "WORD", "names_speaker"]


SPEAKING_LABELS = ("PERSON", "ORG", "GPE", "NORP")
"""Entity types that can name a source, in order of preference."""
PREPOSITIONS: frozenset[str] = vocab(
    "of for in at from with by to under against about on over after before between among "
    "near toward towards without like than inside across within behind close"
)
WORD = re.compile(r"[\w'’.-]+")
POSSESSIVE = re.compile(r"\s?['’]s?\b")
_JOINS = frozenset({"and", "or", "&"})


def names_speaker(text: str, e: EntityMention, start: int, end: int) -> bool:
    """Whether a mention inside a source phrase names the source.

    A person names it as the head or an appositive; another entity only as
    the head ("the Foreign Ministry", not "a top Israeli official" or "a
    spokesman for the ministry"). Nothing behind a preposition or owning the
    head ("Smith's lawyer") names the phrase.
    """
    if e.label not in SPEAKING_LABELS:
        return False
    lead = text[max(start, 0) : e.start]
    clause = _without_title(re.split(r"[,—–(]|--", lead)[-1], e.role)
    if any(w.casefold() in PREPOSITIONS for w in WORD.findall(clause)):
        return False
    tail = text[e.end : end]
    possessive = POSSESSIVE.match(tail)
    rest = tail[possessive.end() :] if possessive else tail
    if possessive and rest.strip(" ,"):
        return False  # "Smith's lawyer": the lawyer speaks
    if e.label == "PERSON":
        # "Dahl aides", "the Dahl administration": a common noun after the name heads
        # the phrase, and speaks; "Dahl, the mayor,", "Dahl and Berg" and "Dahl of the
        # refugee agency" (a preposition opens what qualifies the name) name it
        after = WORD.match(rest, 1) if rest[:1] == " " else None
        return not (
            after
            and after.group()[:1].islower()
            and after.group() not in _JOINS
            and after.group() not in PREPOSITIONS
        )
    return not rest.strip(" ,)")


def _without_title(lead: str, role: str | None) -> str:
    """The words before a name minus the title written with it ("Secretary of State",
    "Sen."), so a title's own "of" is not read as a preposition governing the name."""
    words = lead.split()
    if role:
        role_words = role.casefold().split()
        if [w.casefold() for w in words[-len(role_words) :]] == role_words:
            words = words[: -len(role_words)]
    while words and words[-1].casefold() in HONORIFICS:
        words.pop()
    return " ".join(words)
