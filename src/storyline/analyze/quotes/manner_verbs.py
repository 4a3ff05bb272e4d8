"""Verbs of the manner of speaking ("fumed", "retaliated", "muttered") as cues of quoted words.

"“It never gives up,” an angry Ruiz retaliated." reports Ruiz's words as surely as
"said" would; without the verb as a cue the words ran on as the previous speaker's.
These verbs name sounds and moods as often as speech ("shuffling along, muttering to
himself", "the crowd roared"), so they count only right beside the quoted words: the
marks close a few words before the verb (the speaker's phrase between) or open right
after it, past a comma or colon.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.mark_tokens import MARK_TOKENS

__all__ = ["MANNER_LEMMAS", "beside_quote"]

MANNER_LEMMAS: frozenset[str] = frozenset(
    [
        "bark",
        "retaliate",
        "fume",
        "deadpan",
        "sniff",
        "grumble",
        "growl",
        "rant",
        "marvel",
        "hiss",
        "howl",
        "scream",
        "mutter",
        "murmur",
        "groan",
        "moan",
        "bellow",
        "roar",
        "huff",
        "snort",
        "jeer",
        "taunt",
        "riposte",
    ]
)
"""Verbs telling how words were said, general English (quote-only cues, cues.py)."""

_MARKS = MARK_TOKENS | {"«", "»"}
"""Quotation marks as tokens, guillemets too."""
_BETWEEN_PUNCT = frozenset({",", ":"})
_MAX_SPEAKER_TOKENS = 6
"""At most this many tokens between closing marks and the verb: the speaker's phrase."""
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def beside_quote(verb: Any) -> bool:
    """Whether quotation marks stand right beside `verb` (a spaCy token): opening after it,
    past at most a comma or colon ("screamed, “No!”"), or closing at most
    `_MAX_SPEAKER_TOKENS` tokens before it with no sentence end between ("“...,” Ruiz
    fumed")."""
    doc = verb.doc
    j = verb.i + 1
    if j < len(doc) and doc[j].text in _BETWEEN_PUNCT:
        j += 1
    if j < len(doc) and doc[j].text in _MARKS:
        return True
    for k in range(verb.i - 1, max(-1, verb.i - 2 - _MAX_SPEAKER_TOKENS), -1):
        text = doc[k].text
        if text in _MARKS:
            return True
        if text in _SENTENCE_ENDS:
            return False
    return False
