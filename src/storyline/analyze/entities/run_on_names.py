"""Two names the recogniser ran into one ("Tarrow 's Field Guide Rare Birds", a book's name
glued to the title of the review listing it): the article writes each part alone as a
name elsewhere, and the whole only once, so the whole is two mentions. A person's name of
two words is two names side by side when the article writes each word alone as a name at
least twice and reads the last one alone as something else, three readings in four or
more ("Velmont Quarrow" PERSON once, a headline's last word run into the report's first,
beside "Quarrow" read alone as a body throughout): the last word is no one's surname, and
each part takes the type the article reads it with alone.

A word that opens a clause ("As", "If", "When": a subordinating conjunction) inside a
name ("Share As Quarrow 's pumps fail", a page's link text run into a report's
first sentence, all in title case) starts a new clause: the name is the words after it.

Article-wide passes over prepared mentions, run by canonical.py after the passes that
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

__all__ = ["cut_caption_people", "cut_clause_openers", "split_run_on_names"]

_SPLITTABLE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
"""Bodies and titles: a person's name of four words is no two names run together."""


def split_run_on_names(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """Each body or title mention written once in the article whose first words (two or
    more) and remaining words (two or more) are each written alone as a name elsewhere in
    it becomes those two mentions; a name of two short parts ("New York Times") or a part
    the article never writes alone stays whole. A body or title holding "the" after a
    capitalised word and before two more ("Vell Parliament the Workers Party") is two
    names, whatever else the article writes. A two-word person's name is two names side
    by side under the module's rule (`_side_by_side`)."""
    counts = Counter(cached_name_key(w.name) for w in work)
    lone_labels: dict[str, Counter[str]] = {}
    for w in work:
        if " " not in w.name:
            lone_labels.setdefault(cached_name_key(w.name), Counter())[w.label] += 1
    out: list[PreparedMention] = []
    for w in work:
        pair = _side_by_side(w, counts, lone_labels) if w.label == "PERSON" else None
        if pair is not None and (where := cut_point(text, w, *w.name.split())) is not None:
            (head, head_label), (tail, tail_label) = pair
            head_end, cut = where
            out.append(PreparedMention(w.start, head_end, head_label, head, None))
            out.append(PreparedMention(cut, w.end, tail_label, tail, None))
            continue
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


_SIDE_BY_SIDE_READINGS = 2
"""Readings alone of each word of a two-word "person" for the two to be names side by side:
one reading may be the recogniser's slip, as a given name is sometimes written alone."""


def _side_by_side(
    w: PreparedMention, counts: Counter[str], lone_labels: dict[str, Counter[str]]
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((first word, its type alone), (last word, its type alone)) when the two-word person
    `w`, written once, is two names the article reads alone at least twice each, the last
    mostly as no person (one person reading in four may be a slip of another pass: a
    body's name run into it cut as this "surname"); else None. A full name's given name
    is seldom written alone, and its surname read alone is read a person, or a body by
    the recogniser's slip only when the given name is not written alone too."""
    words = w.name.split()
    if len(words) != 2 or counts[cached_name_key(w.name)] != 1 or w.role:
        return None
    head, tail = (lone_labels.get(cached_name_key(x), Counter()) for x in words)
    if head.total() < _SIDE_BY_SIDE_READINGS or tail.total() < _SIDE_BY_SIDE_READINGS:
        return None
    tail_label, tail_readings = tail.most_common(1)[0]
    if tail_label == "PERSON" or tail_readings * 4 <= tail.total() * 3:
        return None  # read a person too, beyond a slip of one reading in four
    return (words[0], head.most_common(1)[0][0]), (words[1], tail_label)


_CLAUSE_OPENER = re.compile(
    r"[ \t]+(?:As(?![ \t]+S)|If|When|While|Whereas|Although|Though|Because|Unless|Until|Whether)"
    r"[ \t]+(?=[A-Z])"
)
"""A capitalised subordinating conjunction between two capitalised words: no name's word
(a word class). "As" before a word in "S" is left: the Arabic article written so ("Ras As
Sulmar") sits inside place names."""
_CLAUSE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
"""Names, not titles: a work's title may hold any word ("Love Me As I Am")."""


def cut_clause_openers(text: str, work: list[PreparedMention]) -> None:
    """Each name holding a clause-opening word (module docstring) cut to the words after
    the last such word, typed as the article types those words written alone; in place."""
    labels = {w.name: w.label for w in work}
    for w in work:
        if w.label not in _CLAUSE_LABELS:
            continue
        openers = list(_CLAUSE_OPENER.finditer(text, w.start, w.end))
        if not openers:
            continue
        before = text[w.start : openers[-1].end()].split()
        words = w.name.split()
        if words[: len(before)] != before or len(words) <= len(before):
            continue  # the name is no longer the words written there
        rest = " ".join(words[len(before) :])
        w.start, w.name = openers[-1].end(), rest
        w.label = labels.get(rest, w.label)
        w.role, w.role_start = None, -1


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
