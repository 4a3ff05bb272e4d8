"""An honour's head noun left of an award's name the recogniser cut ("Award"), and a
common noun capitalised inside a sentence and typed a person ("the Zorvine trade" in a
reader's comment, a caption run on after its headline: "damage in the valley Repairs and
cleanup go on") is no name when the article writes the same word in lower case too.

drop_common_words (mention_drops.py) drops such a word only where every capitalised use
opens a sentence; a reader comment that capitalises a drug's name throughout, or a caption
glued to its headline with no full stop, escapes it, and the word ranks among a story's
people. A person's lone name written in lower case elsewhere ("Rice", "rice prices") is
kept by what only a person has: a title or role, a cue of a person around it, a speech
verb, a possessive or a noun phrase in apposition right after it ("Marsh, a farmer from
Dunmore,"), or a full name holding the word.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.word_index import whole_word_starts

__all__ = ["drop_honour_words", "drop_lower_case_people"]

_HONOUR_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal", "trophy", "honour"})
"""An honour's head noun: written alone and capitalised, it ends an award's name the
recogniser cut ("Tarn Weekly Award , Minister of the Year"), and names no person or body."""


def drop_honour_words(work: list[PreparedMention]) -> list[PreparedMention]:
    """Lone mentions of an honour's head noun ("Award", "Prize") typed a person or a body,
    dropped: what is left of an award's name the recogniser cut, no one's name."""
    return [
        w
        for w in work
        if not (
            w.label in {"PERSON", "ORG"}
            and " " not in w.name
            and cached_name_key(w.name) in _HONOUR_WORDS
        )
    ]


_PERSON_AFTER = re.compile(
    r"\s*(?:['’]\s*s\b|,?\s+(?:said|says|say|told|tells|added|asked|wrote|writes|argued|"
    r"insisted|explained|replied|recalled|warned|noted|whose)\b)"
)
"""What follows a person's name and no common noun's: a possessive, a speech verb, "whose"
("people selling Zorvine who ..." : "who" may follow a common noun's end of clause)."""


_APPOSED_NOUN = re.compile(r"\s*,\s*(?:a|an|the)\s+[a-z][\w'’-]*(?:\s+[\w'’.-]+){0,5}\s*,")
"""A noun phrase set off after a name ("Marsh, a farmer from Dunmore,", "Brook, the oldest
miller in Kelby,"): it says who the named one is; a common noun the recogniser took for a name
is seldom set off and described so in the running text."""


_WORD_BEFORE = re.compile(r"(\S+)\s+\Z")


def _written_lower(text: str, word: str) -> bool:
    """Whether `word` is written in lower case as a common noun somewhere: after no word
    holding a capital ("the eFone vela", beside "the eFone Orbit, Vela and Quill", names a
    model of a product line, no noun)."""
    for at in whole_word_starts(text, word):
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is None or not any(c.isupper() for c in before.group(1)):
            return True
    return False


def drop_lower_case_people(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """Mentions of a lone capitalised word typed a person that the article also writes in
    lower case as a word ("zorvine"), that no longer name of the article holds, and that no
    mention of it shows to be a person's (a role, a person's cue, a speech verb, a
    possessive, "whose" or an apposition after it), dropped: a common noun, no one's name."""
    candidates = {
        w.name
        for w in work
        if w.label == "PERSON"
        and " " not in w.name
        and len(w.name) > 3
        and w.name[:1].isupper()
        and w.name[1:].islower()
    }
    if not candidates:
        return work
    in_names = {cached_name_key(word) for w in work if " " in w.name for word in w.name.split()}
    drop: set[str] = set()
    for name in candidates:
        if cached_name_key(name) in in_names:
            continue
        if not _written_lower(text, name.lower()):
            continue
        same = [w for w in work if w.name == name]
        if any(
            w.role is not None
            or w.person_cue
            or _PERSON_AFTER.match(text, w.end)
            or _APPOSED_NOUN.match(text, w.end)
            for w in same
        ):
            continue
        drop.add(name)
    return [w for w in work if w.name not in drop] if drop else work
