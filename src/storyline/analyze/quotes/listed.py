"""Whether a person is named only as one of a list of names ("Tom Hale, Ivo Marek and
Dan Brell failed to ...").

A list is a plural subject: a later "he said" is one of its members or, more often, someone
the text turns to next; the one member the recogniser happened to tag as a person (the
others tagged organisations) is no better antecedent than the rest. The pronoun is not
guessed across such a list (pronouns.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse, Person
from storyline.analyze.quotes.genders import Gender
from storyline.model import EntityMention

__all__ = ["BODY_WORDS", "listed_with_others"]

BODY_WORDS = vocab(
    "agency airlines airways army association authority bank board bureau capital centre "
    "center church city club co college commission committee company congress corp "
    "corporation council court department energy federation force forces foundation fund "
    "government group guard holdings hospital house inc institute international league ltd "
    "media ministry motors network news office oil organisation organization parliament "
    "partners party petroleum plc police post press reserve school senate service services "
    "society state states times trust union university"
)
"""Words organisations are named with, never a person's name ("Federal Reserve", "Labour
Party"): general English, no name of any one organisation."""


_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_SEP = r"\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)"
_GAP = re.compile(rf"{_SEP}(?:{_NAME}{_SEP})*")
"""What stands between two tagged names of a list: a comma, "and", "or" (", and" too), and
any names the recogniser left untagged between them, each followed by the same."""
_TAIL = re.compile(rf"\s*,?\s*(?:and|or|&)\s+{_NAME}")
"""An untagged name closing the list after the last tagged one (", and Ivo Strand")."""
_AND = re.compile(r"\b(?:and|or)\b|&")
_UNTAGGED = re.compile(_NAME)
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+\.?|[A-Z]\.")


def listed_with_others(d: Discourse, chosen: Person, gender: Gender) -> bool:
    """Whether `chosen`'s mention is a member of a list of names joined by commas and a
    final "and"/"or" ("Marten Holby, Ivo Strand and Oskar Bellweather"), where another
    member could be "he"/"she" of `gender` too: a person of no known other gender, a name
    the recogniser left untagged or gave another label though shaped like a person's."""
    sentence = d.sentences[chosen.sentence]
    names = [
        e
        for e in d.overlapping(sentence.start, sentence.end)
        if e.label in ("PERSON", "ORG") and sentence.start <= e.start and e.end <= sentence.end
    ]
    names.sort(key=lambda e: e.start)
    at = next((i for i, e in enumerate(names) if e.start == chosen.mention.start), None)
    if at is None:
        return False
    lo = hi = at
    while lo > 0 and _joined(d.text, names[lo - 1], names[lo]):
        lo -= 1
    while hi + 1 < len(names) and _joined(d.text, names[hi], names[hi + 1]):
        hi += 1
    members = names[lo : hi + 1]
    gaps = [d.text[a.end : b.start] for a, b in pairwise(members)]
    tail = _TAIL.match(d.text, members[-1].end)
    if tail is not None:
        gaps.append(tail.group())
    if not any(_AND.search(gap) for gap in gaps):
        return False  # "Tom Hale, Dorvan Corp's chief": no list without "and"/"or"
    untagged = [n for gap in gaps for n in _UNTAGGED.findall(gap)]
    return any(_shaped_like_a_person(n) for n in untagged) or any(
        m.start != chosen.mention.start and _could_be(d, m, chosen.name, gender) for m in members
    )


def _joined(text: str, left: EntityMention, right: EntityMention) -> bool:
    return left.end <= right.start and _GAP.fullmatch(text, left.end, right.start) is not None


def _could_be(d: Discourse, e: EntityMention, chosen: str, gender: Gender) -> bool:
    name = e.canonical or e.text
    if name == chosen:
        return False
    if e.label == "PERSON":
        return d.compatible(name, gender)
    return _shaped_like_a_person(e.text)


def _shaped_like_a_person(name: str) -> bool:
    """Two or three capitalised words, none a word bodies are named with ("Ivo Strand")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(w.casefold().strip(".") in BODY_WORDS for w in words)
    )
