"""A public body's name joining two subjects with "and" ("Committee on Tillage and Fisheries"),
which the recogniser cuts at "and" into two bodies ("Committee on Tillage", "Fisheries"): one
name, the second part no body of its own.

An article-wide pass over prepared mentions, run by canonical.py before names are resolved;
it reads a short list of the heads such names open with, never a list of names.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from storyline.analyze.entities.aliases import normalize_name
from storyline.analyze.entities.mention_labels import PreparedMention

__all__ = ["join_and_bodies"]

_SUBJECT_HEAD = re.compile(
    r"\b(?:Committee|Subcommittee|Commission|Department|Ministry|Council|Board|Bureau|"
    r"Institute|Secretary)\s+(?:on|of|for)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\Z"
)
"""A body's head and the subject it is "on", "of" or "for", ending the name."""
_AND = re.compile(r"\s+(?:and|&)\s+")
_SUBJECT = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def join_and_bodies(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` with a body's name cut at "and" before a second subject joined again: the
    first typed a body and ending in its head's subject, the second typed a body, written
    right after "and", nothing but capitalised words (not initials) and written nowhere
    else in the article but after such a name ("the Department of Tillage and Vell
    Shipping", with "Vell Shipping" named on its own too, are two bodies)."""
    pairs = {
        i
        for i, (w, nxt) in enumerate(pairwise(work))
        if w.label == nxt.label == "ORG"
        and _SUBJECT_HEAD.search(text, w.start, w.end) is not None
        and _AND.fullmatch(text, w.end, nxt.start) is not None
        and _SUBJECT.fullmatch(text, nxt.start, nxt.end) is not None
        and not nxt.name.isupper()
    }
    names = {i: normalize_name(text[work[i].start : work[i + 1].end]) for i in pairs}
    whole = Counter(names.values())
    lower = {m.group() for m in _LOWER_WORD.finditer(text)}
    pairs = {
        i
        for i in pairs
        if whole[names[i]] >= 2
        or all(word.casefold() in lower for word in work[i + 1].name.split())
    }
    if not pairs:
        return work
    written = Counter(w.name for w in work)
    joined = Counter(work[i + 1].name for i in pairs)
    out: list[PreparedMention] = []
    skip = -1
    for i, w in enumerate(work):
        if i == skip:
            continue
        if i in pairs and joined[work[i + 1].name] == written[work[i + 1].name]:
            nxt = work[i + 1]
            w.end = nxt.end
            w.name = normalize_name(text[w.start : w.end])
            skip = i + 1
        out.append(w)
    return out
