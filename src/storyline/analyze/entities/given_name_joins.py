"""A person's full name the recogniser never typed whole: a lone surname typed a person
right after a capitalised word that the article also writes alone ("Lira Vance" read as
"Lira" a body and "Vance" a person, or every "Nadia Kessel" read as "Kessel" and "Nadia"
alone a second person) is that full name.

The recogniser reads a first name without its surname as anything (a body, a place) and a
full name run into a headline or read as a title of a work may never come out as one
person; the article then shows one person as two entities, "Lira" ORG and "Vance" PERSON,
both among a story's top entities. The full name is written in the text, so the split
is joined there: the person mention takes the word before it, names of other types
written the same are that person, and the first name alone then joins the person
(mention_labels.relabel_first_names). Only the shape of the text is read: a word the text reads
as a place anywhere in the article ("in Lira"), or another person sharing either word,
stops the join; a first name typed a place every time it is written, and never read as
one, is a given name the recogniser did not know ("Kathra" alone, "Kathra" then "Quenby").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    cached_name_key,
    read_as_place,
)

__all__ = ["join_given_names"]

_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,15})[ \t]+$")
"""A capitalised word of letters alone right before the surname (no initials, no
possessive, no hyphenated part): the given name the recogniser left out."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_JOINED_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "PERSON"})
"""Types a full name the recogniser misread is taken from: never a place's."""
_WINDOW = 24


def join_given_names(text: str, work: list[PreparedMention]) -> None:
    """Extend a lone PERSON surname to the full name written before it when that first
    name is written alone elsewhere in the article as a mention of any type but a place (or the
    full name itself is a mention of another type), no mention covers the first name there,
    and no person named in full shares the first name or the surname; then type every
    mention of that full name a person."""
    persons = [w for w in work if w.label == "PERSON" and " " in w.name]
    firsts = {cached_name_key(p.name.split()[0]) for p in persons}
    lasts = {cached_name_key(p.name.split()[-1]) for p in persons}
    lone = {cached_name_key(w.name): w.label for w in work if " " not in w.name}
    places = {cached_name_key(w.name) for w in work if w.label in _PLACE_LABELS}
    written = {cached_name_key(w.name) for w in work if w.label in _JOINED_LABELS - {"PERSON"}}
    ends = sorted(w.end for w in work)
    # the lone names by key and the first words of longer places' names, looked up for
    # each surname (kept as names are joined below: a joined name is no longer lone)
    written_alone: dict[str, list[PreparedMention]] = {}
    for w in work:
        if " " not in w.name:
            written_alone.setdefault(cached_name_key(w.name), []).append(w)
    place_firsts = {
        cached_name_key(w.name.split()[0])
        for w in work
        if w.label in _PLACE_LABELS and " " in w.name
    }
    joined: set[str] = set()
    split_firsts: list[PreparedMention] = []
    for w in work:
        if w.label != "PERSON" or " " in w.name or w.role is not None:
            continue
        m = _GIVEN_BEFORE.search(text, max(0, w.start - _WINDOW), w.start)
        if m is None:
            continue
        first, last = cached_name_key(m.group(1)), cached_name_key(w.name)
        # "Brooklyn Councilman Jumaane Williams": a lone "person" right before another
        # name is a title cut from it, no surname, and the place before it stays a place
        person_word = _never_read_as_place(
            text, written_alone.get(first, []), first in place_firsts
        ) and not _name_right_after(text, work, w)
        split = _mention_at(work, m.start(1), m.end(1)) if person_word else None
        if _covered(ends, m.start(1), w.start) and split is None:
            continue
        full = f"{m.group(1)} {w.name}"
        evidence = (
            lone.get(first) in _JOINED_LABELS or cached_name_key(full) in written or person_word
        )
        if (
            not evidence
            or (first in places and not person_word)
            or last in places
            or first in firsts
            or last in lasts
            or first == last
        ):
            continue
        same = written_alone[last]
        del same[next(i for i, o in enumerate(same) if o is w)]
        w.start, w.name = m.start(1), full
        joined.add(cached_name_key(full))
        if split is not None:
            split_firsts.append(split)
    if split_firsts:  # the first name the recogniser cut off is the person's, no place
        cut = {id(w) for w in split_firsts}
        work[:] = [w for w in work if id(w) not in cut]
    if joined:
        _type_people(work, joined)


def _never_read_as_place(text: str, alone: Sequence[PreparedMention], longer: bool) -> bool:
    """Whether a first name is written alone (`alone`, its lone mentions), every time typed
    a place, and the text never reads it as one ("Kathra" typed a town in "the mother of
    Kathra Quenby", "after Kathra was shot", never "in Kathra"), and no longer place's name
    starts with it ("Kathra Heights", `longer`): a given name the recogniser does not know,
    not a place."""
    return (
        bool(alone)
        and not longer
        and all(w.label in _PLACE_LABELS and not read_as_place(text, w) for w in alone)
    )


def _name_right_after(text: str, work: Sequence[PreparedMention], w: PreparedMention) -> bool:
    """Whether another mention starts right after `w`, past spaces only."""
    gap = len(text[w.end :]) - len(text[w.end :].lstrip(" \t"))
    return any(o.start == w.end + gap and o is not w for o in work)


def _mention_at(work: Sequence[PreparedMention], start: int, end: int) -> PreparedMention | None:
    """The lone mention spanning exactly `start`-`end` (a first name cut off its surname)."""
    return next((w for w in work if w.start == start and w.end == end), None)


def _covered(ends: Sequence[int], start: int, before: int) -> bool:
    """Whether a mention ends between `start` and `before` (the word is another name's)."""
    at = bisect_right(ends, start)
    return at < len(ends) and ends[at] <= before


def _type_people(work: list[PreparedMention], joined: set[str]) -> None:
    """Every mention named as a joined full name, typed a body or a work, is the person."""
    for w in work:
        if w.label in _JOINED_LABELS and cached_name_key(w.name) in joined:
            w.label = "PERSON"
