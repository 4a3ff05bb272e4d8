"""Names written with the same words in another order joined across a corpus ("Provisional
People's Assembly" and "People's Provisional Assembly"): outlets, and one outlet from day to
day, order a body's adjectives differently, and a reader takes the two for one body.

Split from entities.py; the pass reads only the groups built from stored mentions.
"""

from __future__ import annotations

from collections import defaultdict

from storyline.corpus.entity_groups import Group, absorb, best_name, type_of

__all__ = ["merge_reordered"]

_KEPT_APART = frozenset({"PERSON", "GPE"})
"""Types never joined by word order: a person's given name and surname swapped may be two
people ("Morgan Lee", "Lee Morgan"), and two places may share words ("North Dorvan",
"Dorvan North")."""


def merge_reordered(groups: dict[str, Group]) -> None:
    """Every name of three words or more written with exactly the words of a more written
    name of the same type, in another order, joins it with the evidence. Two-word names
    stay apart ("Bank Holding" and "Holding Bank" are no order variation of one name)."""
    by_words: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key, g in groups.items():
        words = key.split()
        if len(words) >= _MIN_WORDS and type_of(g) not in _KEPT_APART:
            by_words[(type_of(g), tuple(sorted(words)))].append(key)
    for keys in by_words.values():
        if len(keys) < 2:
            continue
        best = max(sorted(keys), key=lambda k: groups[k].mentions)
        target = groups[best]
        for key in sorted(keys):
            if key == best:
                continue
            g = groups.pop(key)
            target.evidence.append(
                f"{best_name(g)}: the words of {best_name(target)} in another order"
            )
            absorb(target, g, keep_name=True)


_MIN_WORDS = 3
