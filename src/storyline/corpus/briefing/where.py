"""Where a reported figure holds, as its own clause says ("Some 26 people have died in Velmar,
but only two outside that country"): two figures of one count from two places read as a
contradiction, or as the story's toll, unless each line says its place."""

from __future__ import annotations

import re
from bisect import bisect_right

from storyline.model import Article, EntityMention

__all__ = ["clause_place"]

_CLAUSE_BREAK = re.compile(r"[;:,]|\s--?\s|\b(?:but|while|whereas|although|though|which|who)\b")
"""Where one clause or phrase of a sentence ends and another, maybe of another place, begins
("protesters rallied in Orla's streets, as in a revolt that has cost 200 lives": Orla is
where they rallied, not where the revolt's dead died)."""

_LOCATIVE = re.compile(
    r"(?i)\b(in|inside|outside|across|throughout|within|near|"
    r"(?:city|town|village|port|province|region|district)\s+of)\s+(?:the\s+)?$"
)
"""The words before a place that make it where something happened ("died in Velmar")."""

_PARTICIPLE = re.compile(r"\s*[a-z]+ing\b")
"""A participle opening a clause (", killing 12 people"): its figure is of the clause before
("floods hit the town of Orla, killing 12 people")."""

_PLACE_ENDS = re.compile(
    r"\s*(?:$|[.,;:!?)]|-RRB-|'s\b|\u2019s\b|--?\s|(?:and|or|but|on|at|since|after|before|when|"
    r"as|for|from|to|last|this|over|during|in|by|with|where)\b)"
)
"""What may follow a place that says where ("died in Velmar, officials said", "in Orla 's
square"), not a place that qualifies a noun after it ("the worst spill in Velmar history")."""

_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)\b")
"""A verb after a place that follows the figure ends the figure's phrase ("two hikers jailed
in Velmar have been denied ..."); before the figure it ends another subject ("A school in
Orla is shut ... the board says 40 people ...")."""

_LIST_AFTER = re.compile(r"\s*(?:,|,?\s*(and|or))\s*(?:the\s+)?(?=[A-Z])")
_LIST_GOES_ON = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3},?\s*(?:and|or)\s+(?:the\s+)?[A-Z]")
"""After a comma, a name is the list's next item when it is a place or the list goes on with
"and" ("Velmar , Orla and Brun"); else it is who speaks ("in Velmar , the Health Ministry
said")."""
_LIST_BEFORE = re.compile(r"[A-Z][\w'-]*\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$")
"""A name joined to the place by a comma or "and": the two are items of a list."""

_OTHER_COUNTRY = re.compile(r"(?i)\b(outside|beyond)\s+(?:that|the|this)\s+country\b")
"""A place named back ("outside that country"): the country the sentence named before it."""


def clause_place(article: Article, start: int, end: int) -> str | None:
    """The place the clause holding text[start:end] gives the figure ("in Velmar", "outside
    Velmar"), or None: a place named with a locative word in the same clause of the same
    sentence (between commas, conjunctions of contrast and relative words), the nearest one
    to the figure; "outside that country" names the country the sentence named before."""
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, start) - 1
    if not 0 <= k < len(article.sentences):
        return None
    s = article.sentences[k]
    text = article.text
    lo, hi = s.start, s.end
    breaks = list(_CLAUSE_BREAK.finditer(text, s.start, s.end))
    for i, m in enumerate(breaks):
        if m.end() <= start:
            lo = m.end()
            if _PARTICIPLE.match(text, m.end()) and m.group() == ",":
                # ", killing 12 people": the clause before says where
                lo = breaks[i - 1].end() if i > 0 else s.start
        elif m.start() >= end:
            hi = m.start()
            break
    places = [
        e for e in article.entities if e.label in ("GPE", "LOC") and s.start <= e.start < s.end
    ]
    back = _OTHER_COUNTRY.search(text, lo, hi)
    if back is not None:
        before = [e for e in places if e.end <= back.start()]
        if before:
            return f"{back.group(1).lower()} {before[-1].text}"
    found = [
        (min(abs(e.start - end), abs(start - e.end)), m.group(1).lower(), e.text)
        for e in places
        if lo <= e.start
        and e.end <= hi
        and (
            _PLACE_ENDS.match(text, e.end) is not None
            or (e.start >= end and _VERB_AFTER.match(text, e.end) is not None)
        )
        for m in [_LOCATIVE.search(text, max(lo, e.start - 25), e.start)]
        if m is not None
    ]
    if not found:
        return _holder(text, places, start) or _named_there(article, k, places)
    if any(_listed(text, e, places) for e in places if e.text == min(found)[2]):
        return None
    _, word, name = min(found)
    return f"{'in' if word.endswith('of') else word} {name}"


_HOLDS = re.compile(
    r"\s+(?:now\s+)?(?:has|have|had|reported|recorded|confirmed|registered)\s+"
    r"(?:so\s+far\s+|now\s+)?(?:about\s+|some\s+|more\s+than\s+|at\s+least\s+)?\d"
)
"""A place that holds the counts that follow it ("Velmar has 2,532 confirmed cases ..., and
three deaths", "Orla reported 40 cases")."""


def _holder(text: str, places: list[EntityMention], start: int) -> str | None:
    """The place the sentence makes the holder of its counts before the figure (`_HOLDS`),
    the nearest one: every count of that list is its."""
    held = [e for e in places if e.end <= start and _HOLDS.match(text, e.end)]
    if not held or _listed(text, held[-1], places):
        return None
    return f"in {held[-1].text}"


def _listed(text: str, place: EntityMention, places: list[EntityMention]) -> bool:
    """Whether the place is one of a list of names ("to towns in the Velm Hills, Orla and
    Brun"): one of them is no place of the figure. A name after the comma is the list's next
    item only when it is a place too: "killed in Velmar, the Health Ministry said" names who
    said it, not a second place."""
    after = _LIST_AFTER.match(text, place.end)
    if after is not None and (
        after.group(1) is not None
        or any(e.start == after.end() for e in places)
        or _LIST_GOES_ON.match(text, after.end()) is not None
    ):
        return True
    return _LIST_BEFORE.search(text, max(0, place.start - 40), place.start) is not None


_THERE = re.compile(
    r"(?i)\b(?!(?:and|but|or|so|that|if|when|because|while|where|as|since|then|yet|now)\b)"
    r"[a-z]+\s+there\b(?!\s*-)"
)
""""there" for a place, after the word it follows ("new protests there turned deadly", "were
killed there"), not the "there" of "there were 12 dead" or "but there have been", which
opens its clause."""


def _named_there(article: Article, k: int, places: list[EntityMention]) -> str | None:
    """The place a figure's sentence `k`, naming none, refers to by "there" in itself or in
    the sentence before it ("Protests in Velmar spread. New rallies there turned deadly. Two
    people were killed ..."): the last place named with a locative word before that "there",
    in the two sentences before it at most."""
    if places:
        return None
    text = article.text
    for j in (k, k - 1):
        if j < 0:
            continue
        s = article.sentences[j]
        there = _THERE.search(text, s.start, s.end)
        if there is None:
            continue
        floor = article.sentences[max(0, j - 2)].start
        named = [
            e
            for e in article.entities
            if e.label in ("GPE", "LOC")
            and floor <= e.start
            and e.end <= there.start()
            and _LOCATIVE.search(text, max(floor, e.start - 25), e.start) is not None
        ]
        return f"in {named[-1].text}" if named else None
    return None
