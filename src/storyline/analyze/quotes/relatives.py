"""What a relative pronoun source ("who", "that") hangs on: the head when the parse did
not say, and the name an appositive head describes ("Tom Hale, a Dutchman, who said"),
which the clause belongs to. Split from speakers.py, which resolves the source once
these find its head, so that the rules about relative clauses live together."""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.referents import people_plural
from storyline.analyze.quotes.source_heads import PREPOSITIONS, SPEAKING_LABELS, WORD
from storyline.analyze.quotes.speaking_nouns import names_a_person

__all__ = ["apposed_name", "relative_head"]

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


_NAMES = ("PERSON", "ORG", "GPE")
"""What an apposition can be set beside and stand for: a person, a body, a place."""
_NAME_RUN = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+\s+)(?:(?:[A-Z][a-z'’-]+|[a-z]{1,3}-[A-Z][a-z'’-]+)\s+){0,3}"
    r"(?:[A-Z][a-z'’-]+|[a-z]{1,3}-[A-Z][a-z'’-]+))$"
)
"""Two to five words of a name: capitalised, or a particle hyphened to one ("al-Dorvani")."""
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_POSSESSIVE_LEAD = re.compile(
    r"(?:(?:his|her|its|their)|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\s*['’]s?)\s+[a-z]"
)
"""A description opened by a possessive ("his former aide", "Mr Dobbs 's trade adviser"):
whose the described one is, which a determiner would otherwise say."""
_POSSESSOR_BEFORE = re.compile(r"(?<=,\s)(?:[A-Z][\w.'’-]*\s+){1,3}$")
"""Capitalised words between a comma and a description's first word: the rest of its
possessor's name ("..., Mr [Dobbs 's adviser]")."""


def apposed_name(
    d: Discourse, antecedent: tuple[int, int], relative: str, at: int
) -> tuple[int, int] | None:
    """The name an appositive description hangs on, when a relative pronoun's head is that
    description ("Abu Karim al-Dorvani, a Dorvanian, who claimed"; "Velm Oil, the
    state company, which said"): the description says who the named one is, so the
    clause is the name's, and the description (often a nationality the recogniser tags
    as a group or a place) never outranks it. None when the head is itself a name ("the
    minister, Ana Ruiz, who said"), has neither an article nor a possessive ("his aide",
    "Mr Dobbs's adviser"), or is not set off by a comma right after a name."""
    a, b = antecedent
    if d.text[b:at].strip() != ",":
        # "Gaddafi, a proven survivor who ruled": a clause inside the apposition, which
        # says who the survivor is; only one set off after it is the name's statement
        return None
    words = d.text[a:b].split()
    last = b - len(words[-1]) if words else a
    for e in d.overlapping(last, b):
        if e.label in ("PERSON", "ORG") or (e.label in _NAMES and " " in e.text.strip()):
            # "Velm Oil, the Dorvania National Bank, which": a list of names, each its
            # own; a one-word nationality tagged as a place ("a Dutchman") still describes
            return None
    article = _ARTICLE_BEFORE.search(d.text, max(0, a - 8), a)
    possessor = _POSSESSOR_BEFORE.search(d.text, max(0, a - 40), a)
    if article is not None:
        a = article.start()
    elif possessor is not None and _POSSESSIVE_LEAD.match(d.text, possessor.start(), b):
        a = possessor.start()  # "Mr [Dobbs 's adviser]": the parse left the title out
    elif not words or (
        words[0].casefold() not in ("a", "an", "the") and not _POSSESSIVE_LEAD.match(d.text, a, b)
    ):
        # "Alan Marsh, Mr Dobbs's former trade adviser, who said": a possessive is the
        # description's determiner as much as an article is
        return None
    before = d.text[:a].rstrip()
    if not before.endswith(","):
        return None
    name_end = len(before[:-1].rstrip())
    for e in reversed(d.entities[: bisect_left(d.starts, name_end)]):
        if e.end == name_end and e.label in _NAMES:
            # "Tom Hale, the head of Velm Oil, which said": "which" is never the person's
            return (e.start, e.end) if relative != "which" or e.label != "PERSON" else None
        if e.end < name_end - 60:
            break
    if relative == "which":
        return None  # an unmarked run of capitals is read as a person's name
    run = _NAME_RUN.search(d.text, max(0, name_end - 80), name_end)
    if run is not None and run.end() == name_end:
        # "Abu Karim al-Dorvani, a Dorvanian": a name the recogniser cut short or missed
        return run.start(1), name_end
    return None
