"""What a number counts: its unit, category, subject and place, read from its sentence.

"killed more than 32,000 people in Gaza": the counted noun after the number is
the unit ("people"), a casualty word near it gives the category ("killed"),
and a place named in the sentence gives the location. The category words are
generic news vocabulary; the nearest one to the number wins.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["CATEGORY_WORDS", "category_of", "counted_noun"]

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "kill", "kills", "killing", "dead", "deaths", "death", "died", "die", "dies",
        "fatalities", "fatality", "death toll", "lives", "slain", "massacred", "murdered",
        "eliminated", "perished", "bodies", "casualties",
    ),
    "injured": ("injured", "injuries", "wounded", "hurt", "injuring", "wounding", "hospitalized"),
    "displaced": (
        "displaced", "displacement", "fled", "flee", "fleeing", "refugees", "homeless",
        "evacuated", "evacuees", "uprooted", "driven from their homes",
    ),
    "aided": (
        "aid", "trucks", "lorries", "food", "meals", "supplies", "humanitarian", "delivered",
        "deliveries", "shipments", "tons", "tonnes", "rations", "vaccinated", "treated",
        "fed", "assistance", "airdrops", "airdropped",
    ),
    "hostages": ("hostages", "hostage", "captives", "captive", "abducted", "kidnapped", "held"),
    "arrested": (
        "arrested", "arrests", "detained", "detainees", "detention", "custody", "jailed",
        "imprisoned", "prisoners", "charged", "indicted",
    ),
}  # fmt: skip
"""Category -> words that signal it near a number."""

_PATTERNS = {
    cat: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    for cat, words in CATEGORY_WORDS.items()
}
_WINDOW = 100
"""Characters either side of a number searched for category words (bounded cost per number)."""
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "VBN", "HYPH"})


def category_of(sentence: str, pos: int, money: bool, percent: bool) -> str:
    """The category of the number at offset `pos` of `sentence`."""
    if percent:
        return "percent"
    if money:
        return "money"
    best: tuple[int, str] | None = None
    lo = max(0, pos - _WINDOW)
    window = sentence[lo : pos + _WINDOW]
    pos -= lo
    for cat, pattern in _PATTERNS.items():
        for m in pattern.finditer(window):
            distance = m.start() - pos if m.start() >= pos else (pos - m.end()) + 10
            if distance > 80:
                continue
            if best is None or distance < best[0]:
                best = (distance, cat)
    return best[1] if best else "other"


def counted_noun(doc: Any, end_char: int, limit: int = 5) -> tuple[int, int, str] | None:
    """The noun a number counts: "32,000 [Palestinian civilians]" -> phrase span and head.

    Skips "of" after a vague scale ("thousands of people") and adjectives
    before the head; stops at the first token that cannot be part of the phrase.
    """
    final = doc[-1] if len(doc) else None
    size = final.idx + len(final.text) if final is not None else 0
    span = doc.char_span(end_char, min(size, end_char + 80), alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)[: limit + 2]
    i = 0
    if tokens and tokens[0].lower_ == "of":
        i = 1
    first: Any = None
    last: Any = None
    for tok in tokens[i:]:
        if tok.is_space or tok.text in {",", ".", ";", ":", "(", ")"}:
            break
        if tok.tag_ in _NOUN_TAGS:
            first = first or tok
            last = tok
            if tok.tag_ == "NNS" or tok.lower_ in {"people", "children", "women", "men"}:
                break
            continue
        if tok.tag_ in _MODIFIER_TAGS and last is None:
            first = first or tok
            continue
        break
    if last is None or first is None:
        return None
    return first.idx, last.idx + len(last.text), last.lower_
