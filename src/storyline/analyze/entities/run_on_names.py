"""Two names the recogniser ran into one ("Tarrow 's Field Guide Rare Birds", a book's name
glued to the title of the review listing it): the article writes each part alone as a
name elsewhere, and the whole only once, so the whole is two mentions.

An article-wide pass over prepared mentions, run by canonical.py after the passes that
cut words off names; it reads only the article's own mentions, never a list of names.
"""

from __future__ import annotations

from collections import Counter

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["split_run_on_names"]

_SPLITTABLE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
"""Bodies and titles: a person's name of four words is no two names run together."""


def split_run_on_names(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """Each body or title mention written once in the article whose first words (two or
    more) and remaining words (two or more) are each written alone as a name elsewhere in
    it becomes those two mentions; a name of two short parts ("New York Times") or a part
    the article never writes alone stays whole."""
    counts = Counter(cached_name_key(w.name) for w in work)
    if len(counts) < 3:
        return work
    out: list[PreparedMention] = []
    for w in work:
        split = _split(w, counts) if w.label in _SPLITTABLE else None
        if split is None:
            out.append(w)
            continue
        head, tail = split
        cut = text.find(tail.split()[0], w.start + len(head), w.end)
        if cut < 0:
            out.append(w)
            continue
        head_end = w.start + len(text[w.start : cut].rstrip())
        out.append(PreparedMention(w.start, head_end, w.label, head, None))
        out.append(PreparedMention(cut, w.end, w.label, tail, None))
    return out


def _split(w: PreparedMention, counts: Counter[str]) -> tuple[str, str] | None:
    words = w.name.split()
    if len(words) < 4 or counts[cached_name_key(w.name)] != 1:
        return None
    for k in range(2, len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if counts[cached_name_key(head)] and counts[cached_name_key(tail)]:
            return head, tail
    return None
