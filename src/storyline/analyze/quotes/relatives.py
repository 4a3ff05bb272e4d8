"""What a relative pronoun source ("who", "that") hangs on when the parse did not say:
split from speakers.py (which resolves the source once this finds its head), so that
the rules about relative clauses live together."""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.referents import people_plural
from storyline.analyze.quotes.source_heads import PREPOSITIONS, SPEAKING_LABELS, WORD
from storyline.analyze.quotes.speaking_nouns import names_a_person

__all__ = ["relative_head"]

_CAPITALISED_NAME = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)")
"""Two or three capitalised words after a lower-case word or a comma: a person's name."""
_PAST = re.compile(r"(?:ed|said|told|wrote|spoke|thought|felt|knew|saw|gave)$")
"""A verb in the past tense: "officials who said" report what was said; "voters who say"
only tell which voters are meant."""
_DETERMINERS = vocab("a an the some several many few two three four five their its his her")
"""Words that open a noun phrase: a relative clause's head is read back to one of them."""


def relative_head(d: Discourse, start: int) -> tuple[int, int] | None:
    """What a relative "who" hangs on when the parse did not say: a name ending right
    before it ("Tom Hale, who said"), else a noun phrase headed by a noun for people
    ("experts who said", "a mining official who said"), back to its determiner and
    never past a verb or a preposition; None when neither stands there."""
    before = d.text[max(0, start - 120) : start]
    end = start - (len(before) - len(before.rstrip(" ,")))
    verb = WORD.match(d.text, start + len(d.text[start:].split()[0]) + 1)
    past = verb is not None and bool(_PAST.search(verb.group()))
    for e in reversed(d.entities[: bisect_left(d.starts, end + 1)]):
        if e.end == end and e.label in SPEAKING_LABELS:
            # "Republicans who think ...": which ones, unless the clause tells what
            # they did; a person's clause is that person's ("Tom Hale, who says")
            return (e.start, e.end) if e.label == "PERSON" or past else None
        if e.end < end:
            break
    tokens = list(WORD.finditer(d.text, max(0, start - 120), end))
    if not tokens or tokens[-1].end() != end:
        return None
    head = tokens[-1].group()
    named = _CAPITALISED_NAME.search(d.text, max(0, start - 120), end)
    if named is not None and named.end() == end:
        # "Critics included Ana Ruiz, who said": a name the recogniser did not mark
        return named.start(1), end
    if head in ("people", "others") or not (names_a_person(head) or people_plural(head)):
        return None  # "There are people who say": nobody in particular
    if not past:
        return None  # "voters who say they will vote": who the group is, not news
    first = tokens[-1].start()
    for t in reversed(tokens[:-1][-4:]):
        word = t.group()
        if d.text[t.end() : first].strip() or word.casefold() in PREPOSITIONS:
            break
        if d.is_verb(t.start()):
            break
        first = t.start()
        if word.casefold() in _DETERMINERS:
            break
    return first, end
