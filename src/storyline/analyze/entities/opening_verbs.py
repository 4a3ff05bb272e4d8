"""A verb in the past tense opening a sentence, run by the recogniser into the name after
it ("Sent Kell in to search the rubble"): the verb is no part of the name.

An article-wide pass over prepared mentions, run by canonical.py beside strip_gerunds; it
reads only the article's own text and mentions, never a list of names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.context import at_sentence_start
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.word_index import whole_word_starts

__all__ = ["case_counts", "strip_opening_verbs", "written_lower"]

_PAST_VERBS = frozenset(
    {
        *("sent", "took", "put", "brought", "kept", "left", "told", "gave", "made", "found"),
        *("held", "led", "let", "got", "saw", "thought", "taught", "caught", "bought"),
        *("sought", "built", "spent", "lost", "met", "paid", "sold", "shot", "stood"),
        *("struck", "won", "wrote", "drove", "threw", "ran", "came", "went", "began"),
    }
)
"""Irregular past forms that open a sentence ("Sent Kell in"); words that are also given
names ("Rose", "Said") are left out: a name may open a sentence too."""
_REGULAR_PAST = re.compile(r"[A-Z][a-z]{3,}ed")


def strip_opening_verbs(text: str, work: list[PreparedMention]) -> None:
    """A person mention opening a sentence whose first word is a verb in the past tense
    (an irregular form, "Sent"; or a word in -ed the article also writes in lower case,
    "Ordered"), and whose other words the article writes alone as a name elsewhere
    ("Kell"), is that name: the verb is dropped. A given name ending in -ed ("Ahmed") is
    never written in lower case, and a name the article never writes without its first
    word keeps it."""
    alone = {cached_name_key(w.name) for w in work}
    for w in work:
        if w.label != "PERSON" or " " not in w.name or not at_sentence_start(text, w.start):
            continue
        first, rest = w.name.split(" ", 1)
        if cached_name_key(rest) not in alone:
            continue
        # an irregular form is no given name; a word ending in -ed may be one ("Ahmed"),
        # and is a verb only where the article also writes it in lower case
        irregular = first.casefold() in _PAST_VERBS
        if not irregular and not (
            _REGULAR_PAST.fullmatch(first) and written_lower(text, first.casefold())
        ):
            continue
        cut = text.find(rest, w.start, w.end)
        if cut > w.start:
            w.start, w.name = cut, rest


def written_lower(text: str, word: str) -> bool:
    """Whether `word` is written in lower case as a word somewhere in `text`."""
    return bool(whole_word_starts(text, word))


def case_counts(text: str, word: str) -> tuple[int, int]:
    """How often `text` writes `word` as a whole word in lower case, and as it is given
    (capitalised): whether a capitalised word is a common noun by its place or a name."""
    lower = len(whole_word_starts(text, word.casefold()))
    given = len(whole_word_starts(text, word))
    return lower, given
