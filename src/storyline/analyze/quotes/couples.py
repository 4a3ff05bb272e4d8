"""A surname two people of the article share, written for the pair: "Iain and Dana Brask".

The entities stage gives a lone surname ("Brask said") the last full name written before
it with that surname. After "Iain and Dana Brask" that is "Dana Brask", though the
coordination names both, and a reader shown "Dana Brask" for her husband's words is shown
the wrong person. Where the last full name before a lone surname stands in such a pair,
the surname is left as written: it names one of two people, and the text has not said
which. The pair must be shown to share it (the first name written with the surname too,
or the surname for the family, "the Brasks"). Read from the text's shape only (a
capitalised word and "and" right before a full name), never from a list of names. Two
different people named in full with one surname before it leave a lone surname as
written in the same way ("Iain Brask and his wife Dana Brask ... Mr Brask said"), unless
the title before it was written before one of them only ("Admiral Tom Hale ... Admiral
Hale"), or the article called one of them by the bare surname before it named the other
in full (or, after both were named, in the sentence right after one of them only): "Ravi
Quenby ... Quenby said ... his father , coach Oren Quenby ... Quenby said"
keeps the name the entities stage gave it (resolve.py: "Ravi Quenby", as a writer who has
begun calling one person by the surname names the second one in full to tell them apart,
unless that one was named in the sentence before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.entities.resolve import within_a_sentence
from storyline.analyze.quotes.nonspeakers import credit_spans
from storyline.model import EntityMention

__all__ = ["shared_surnames"]

_PAIRED_FIRST = re.compile(r"(?:^|[^\w\s]\s*|\s[a-z][\w'’-]*\s+)([A-Z][a-z]+)\s+(?:and|&)\s+$")
"""A first name and "and" right before a full name ("... as Iain and " + "Dana Brask"),
itself not the end of a longer name ("Tom Hale and Dana Brask" names two full names)."""


def _surname_shared(text: str, first: str, surname: str) -> bool:
    """Whether the article itself shows the pair share the surname: it writes the first
    name with it too ("Iain Brask") or the surname for a family ("the Brasks"). "The summit
    drew Kell and Dana Brask" may name Kell by his own surname, and shows nothing shared."""
    return (
        re.search(rf"\b{re.escape(first)}\s+{re.escape(surname)}\b", text) is not None
        or re.search(rf"\b{re.escape(surname)}(?:s|es)\b", text) is not None
    )


_TITLE_BEFORE = re.compile(r"([A-Z][a-z]+\.?)\s+$")


def _title_before(text: str, start: int) -> str:
    """The capitalised word right before a name ("Admiral" of "Admiral Hale"), or ""."""
    m = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1) if m else ""


def shared_surnames(text: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
    """The entities, each lone surname whose last full name before it was written in a
    pair ("Iain and Dana Brask"), or that two people named in full before it share ("Iain
    Brask ... his wife Dana Brask ... Brask said"), given its own surname as its name
    instead of the last such person's (see the module doc)."""
    out = list(entities)
    last_full: dict[str, EntityMention] = {}
    people: dict[str, set[str]] = {}
    titled: dict[tuple[str, str], set[str]] = {}
    paired: set[tuple[int, int]] = set()
    # the person each surname was written alone for while the article had named only them
    established: dict[str, str] = {}
    where: dict[str, EntityMention] = {}  # each full name's last mention
    credits = credit_spans(text)
    for i, e in enumerate(out):
        if e.label != "PERSON" or credits.covers(e.start):
            continue  # a byline's "JoAnne Allen" is no one in the story
        words = e.text.split()
        if len(words) >= 2:
            last_full[words[-1]] = e
            people.setdefault(words[-1], set()).add(e.canonical or e.text)
            where[e.canonical or e.text] = e
            title = _title_before(text, e.start)
            if title:
                titled.setdefault((title, words[-1]), set()).add(e.canonical or e.text)
            first = _PAIRED_FIRST.search(text, max(0, e.start - 60), e.start)
            if (
                first is not None
                and first.group(1) not in last_full
                and _surname_shared(text, first.group(1), words[-1])
            ):
                paired.add((e.start, e.end))
            continue
        if len(words) != 1:
            continue
        full = last_full.get(words[0])
        if full is None:
            continue
        named = people[words[0]]
        near = full.canonical or full.text
        close = within_a_sentence(text, full.end, e.start) and not any(
            within_a_sentence(text, where[n].end, e.start) for n in named if n != near
        )
        if (full.start, full.end) not in paired and (
            len(named) < 2 or (close and e.canonical == near and words[0] not in established)
        ):
            if e.canonical in named:
                established.setdefault(words[0], e.canonical)
            continue
        if (full.start, full.end) not in paired and established.get(words[0]) in named:
            continue  # the entities stage chose between whom it named first and the nearest
        same_title = titled.get((_title_before(text, e.start), words[0]), set())
        if len(same_title) == 1 and e.canonical in same_title:
            continue  # "Admiral Hale" after "Admiral Tom Hale": the title says which
        if e.canonical is not None and e.canonical != words[0]:
            out[i] = replace(e, canonical=words[0])
    return out
