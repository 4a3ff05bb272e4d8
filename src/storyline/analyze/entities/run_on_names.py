"""Two names the recogniser ran into one ("Tarrow 's Field Guide Rare Birds", a book's name
glued to the title of the review listing it): the article writes each part alone as a
name elsewhere, and the whole only once, so the whole is two mentions.

An article-wide pass over prepared mentions, run by canonical.py after the passes that
cut words off names; it reads only the article's own mentions, never a list of names.
"""

from __future__ import annotations

import re
from collections import Counter

from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    cached_name_key,
    cut_point,
)

__all__ = ["cut_caption_people", "split_run_on_names"]

_SPLITTABLE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
"""Bodies and titles: a person's name of four words is no two names run together."""


def split_run_on_names(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """Each body or title mention written once in the article whose first words (two or
    more) and remaining words (two or more) are each written alone as a name elsewhere in
    it becomes those two mentions; a name of two short parts ("New York Times") or a part
    the article never writes alone stays whole. A body or title holding "the" after a
    capitalised word and before two more ("Vell Parliament the Workers Party") is two
    names, whatever else the article writes."""
    counts = Counter(cached_name_key(w.name) for w in work)
    out: list[PreparedMention] = []
    for w in work:
        inner = _INNER_THE.search(text, w.start, w.end) if w.label in _SPLITTABLE else None
        if inner is not None and len(text[inner.end(1) : w.end].split()) >= 2:
            # "the Dorvanian Parliament the Workers Party": a name never holds "the" after a
            # capitalised word; two names written side by side, as in a list without commas
            head, tail = text[w.start : inner.start(1)], text[inner.end(1) : w.end]
            out.append(PreparedMention(w.start, inner.start(1), w.label, head, None))
            out.append(PreparedMention(inner.end(1), w.end, w.label, tail, None))
            continue
        split = _split(w, counts) if w.label in _SPLITTABLE and len(counts) >= 3 else None
        if split is None:
            out.append(w)
            continue
        head, tail = split
        where = cut_point(text, w, head, tail)
        if where is None:
            out.append(w)
            continue
        head_end, cut = where
        out.append(PreparedMention(w.start, head_end, w.label, head, None))
        out.append(PreparedMention(cut, w.end, w.label, tail, None))
    return out


_INNER_THE = re.compile(r"\b[A-Z][\w'’.-]*([ \t]+the[ \t]+)(?=[A-Z])")
"""A lower-case "the" between two capitalised words inside a mention."""


def _split(w: PreparedMention, counts: Counter[str]) -> tuple[str, str] | None:
    words = w.name.split()
    if len(words) < 4 or counts[cached_name_key(w.name)] != 1:
        return None
    for k in range(2, len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if counts[cached_name_key(head)] and counts[cached_name_key(tail)]:
            return head, tail
    return None


_AND_AFTER = re.compile(r"\s+and\s+")
_GIVEN_AND_SURNAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def cut_caption_people(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """A headline run into the caption's first person ("The Money Crunch and You Ada
    Morrow and Ben Tull wonder ...", read as one title): a body's or title's mention of
    four words or more whose last two words are a given name and a surname, joined by
    "and" to a person's mention right after it, and written again elsewhere in the article
    (the caption's credit), is that person; the headline's words before it are no name."""
    person_starts = {w.start for w in work if w.label == "PERSON"}
    out: list[PreparedMention] = []
    for w in work:
        words = w.name.split()
        tail = " ".join(words[-2:])
        joined = _AND_AFTER.match(text, w.end)
        if (
            w.label in _SPLITTABLE
            and len(words) >= 4
            and _GIVEN_AND_SURNAME.fullmatch(tail)
            and joined is not None
            and joined.end() in person_starts
            and text.endswith(tail, w.start, w.end)
            and _written_elsewhere(text, tail, w.start, w.end)
        ):
            out.append(PreparedMention(w.end - len(tail), w.end, "PERSON", tail, None))
            continue
        out.append(w)
    return out


def _written_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    at = text.find(name)
    while at >= 0:
        if not start <= at < end:
            return True
        at = text.find(name, at + 1)
    return False
