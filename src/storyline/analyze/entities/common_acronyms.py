"""Initials that name no entity: initials an article defines as a lower-case phrase ("the
blowout preventer (BOP)", "value at risk (VaR)", "corporate social responsibility known as
CSR") name a kind of thing, a credit rating's grade ("lowered to BBB") a grade and a code
written before an illness's word ("the H7N3 virus") a virus's strain, wherever the
recogniser typed them a body or a product.

An article-wide pass over prepared mentions, split from mention_labels.py; run by
canonical.py before names are resolved.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.context import DISEASE_HEAD
from storyline.analyze.entities.mention_labels import PreparedMention
from storyline.analyze.word_index import whole_word_starts

__all__ = ["drop_common_acronyms"]

_INITIALS = r"[A-Z](?:[a-z]?[A-Z]){1,5}"
"""Initials, in capitals or with a small word's letter inside ("GDP", "VaR")."""
_BRACKETED_INITIALS = re.compile(
    r"(?:['’”\"`]+\s*)?(?:\(|-LRB-)\s*(" + _INITIALS + r")\s*(?:\)|-RRB-)"
    r"|\s+(?:known\s+as|called)\s+(" + _INITIALS + r")(?![\w-])"
    r"|\s*,\s*or\s+(" + _INITIALS + r")(?![\w-])"
)
"""Initials defined after the phrase they shorten: bracketed ("value at risk '' (VaR)": a
closing quote may come between) or named so ("responsibility known as CSR", ", or GDP");
written out, a phrase must give every letter ("gross domestic product") to define them."""
_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w-])(?:[a-z][a-z-]*\s+){1,5}\Z")
_INITIALS_SHAPE = re.compile(_INITIALS)


def _common_acronyms(text: str) -> set[str]:
    """Initials the article defines as a lower-case phrase ("blowout preventer (BOP)",
    "gross domestic product (GDP)"): the last words before the bracket, no more words
    than letters, start with the first letter and end with one starting with the last.
    Found from the brackets back, so a long page costs one pass."""
    found = set()
    for m in _BRACKETED_INITIALS.finditer(text):
        # the words up to the definition, with one space after the last ("product, or")
        before = _LOWER_WORDS_BEFORE.search(text[max(0, m.start() - 80) : m.start()].rstrip() + " ")
        if before is None:
            continue
        words, letters = before.group().split(), m.group(1) or m.group(2) or m.group(3)
        if m.group(1) is None:
            if "".join(w[0] for w in words[-len(letters) :]) == letters.lower():
                found.add(letters)
            continue
        for k in range(1, min(len(words), len(letters)) + 1):
            phrase = words[-k:]
            if phrase[0][0] == letters[0].lower() and phrase[-1][0] == letters[-1].lower():
                found.add(letters)
                break
    return found


def drop_common_acronyms(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """Initials the article defines as a common noun ("the blowout preventer (BOP)") name a
    kind of thing, not an entity, wherever the recogniser typed them a body; initials
    defined by a capitalised name ("Harbour Board (HB)") are left to the acronym rules.
    A credit rating's grade ("lowered to BBB") is no entity either."""
    work = [w for w in work if not _rating_grade(text, w)]
    work = _drop_strain_codes(text, work)
    if not any(_INITIALS_SHAPE.fullmatch(w.name) for w in work):
        return work
    common = _common_acronyms(text)
    return [w for w in work if w.name not in common] if common else work


_CODE = re.compile(r"[A-Z][A-Za-z]*\d[A-Za-z0-9]*(?:-\d+)?")
"""A code of capitals and digits ("H7N3", "XK-9"): a strain's, a model's or a flight's."""
_ILLNESS_AFTER = re.compile(
    r"\s+(?:(?:bird|swine|avian|human)\s+)?(?:strain|" + DISEASE_HEAD.pattern + r")\b",
    re.IGNORECASE,
)


def _drop_strain_codes(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` without a code the article writes before an illness's word somewhere ("the
    H7N3 virus", "H7N3 bird flu", "the H7N3 strain"): a virus's strain, no made product
    or body, as an illness's name is none ("Bird Flu", prepare.py)."""
    codes = {w.name for w in work if _CODE.fullmatch(w.name)}
    strains = {
        c
        for c in codes
        if any(_ILLNESS_AFTER.match(text, at + len(c)) for at in whole_word_starts(text, c))
    }
    return [w for w in work if w.name not in strains] if strains else work


_RATING_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])[+-]?")
_RATING_BEFORE = re.compile(
    r"\b(?:ratings?|rated|grades?|downgrad\w*|upgrad\w*)\b[^.!?]{0,80}\Z", re.IGNORECASE
)


def _rating_grade(text: str, w: PreparedMention) -> bool:
    """Whether `w` is a credit rating's grade ("cut its rating to BBB"): letters of a grade
    after a rating word in the same sentence name a grade, not a body; a body with such
    initials elsewhere ("the BBB said") keeps them."""
    return _RATING_GRADE.fullmatch(text[w.start : w.end].strip("\"' ")) is not None and bool(
        _RATING_BEFORE.search(text, max(0, w.start - 100), w.start)
    )
