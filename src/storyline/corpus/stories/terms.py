"""Lexical evidence: salient words weighted by how rare they are in the corpus so far.

Embeddings say two texts are about the same kind of thing; names and rare words
(places, people, ships, diseases) say whether it is the same event. Document
frequencies grow with the corpus, so the weighting needs no training data.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from storyline.text.stopwords import STOPWORDS

__all__ = [
    "STOPWORDS",
    "WEIGHT_DIGITS",
    "add_terms",
    "article_names",
    "article_terms",
    "idf",
    "lexical_cosine",
    "prune_terms",
]

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|(?<!\d)(?:1[89]|20)\d\d(?!\d)", re.UNICODE)
NAME_BOOST = 1.0
"""Extra weight for words written capitalised inside a sentence: names tell events apart."""

MAX_CHARS = 12000
"""Lexical evidence reads the first part of long texts only; news front-loads the event."""


def article_terms(text: str) -> dict[str, float]:
    """Sublinear term frequencies (1 + ln tf), names (capitalised mid-sentence) boosted."""
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    text = text[:MAX_CHARS]
    for match in _WORD.finditer(text):
        raw = match.group()
        word = raw.lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 3 or word in STOPWORDS:
            continue
        counts[word] += 1
        if raw[0].isupper() and not _sentence_start(text, match.start()):
            capitalised[word] += 1
    return {
        w: (1.0 + math.log(c)) * (1.0 + NAME_BOOST * capitalised[w] / c) for w, c in counts.items()
    }


def article_names(text: str) -> dict[str, float]:
    """Words written capitalised inside a sentence, and years: who, where, when.

    These tell apart two events of the same kind (two rehab check-ins, two quakes)
    that share nearly all their other words. Weights are sublinear counts.
    """
    counts: Counter[str] = Counter()
    text = text[:MAX_CHARS]
    for match in _WORD.finditer(text):
        raw = match.group()
        if raw.isdigit() or (raw[0].isupper() and not _sentence_start(text, match.start())):
            word = raw.lower().replace("’", "'")
            if word.endswith("'s"):
                word = word[:-2]
            if len(word) >= 3 and word not in STOPWORDS:
                counts[word] += 1
    return {w: 1.0 + math.log(c) for w, c in counts.items()}


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\"'`“‘(")
    return not before or before[-1] in ".!?:\n"


def idf(df: int, docs: int) -> float:
    """Smoothed inverse document frequency (scikit-learn's form)."""
    return math.log((1 + docs) / (1 + df)) + 1.0


def lexical_cosine(
    a: Mapping[str, float], b: Mapping[str, float], df: Mapping[str, int], docs: int
) -> float:
    """Cosine of two term-weight maps under the current idf."""
    if not a or not b:
        return 0.0
    weights = {t: idf(df.get(t, 0), docs) for t in set(a) | set(b)}
    dot = sum(a[t] * b[t] * weights[t] ** 2 for t in a.keys() & b.keys())
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum((v * weights[t]) ** 2 for t, v in a.items()))
    nb = math.sqrt(sum((v * weights[t]) ** 2 for t, v in b.items()))
    return dot / (na * nb)


WEIGHT_DIGITS = 5
"""Significant digits a story's term and name weights keep (issue 19, a smaller database):
a weight stored with all 17 digits of a float was most of each entry of the largest
columns of `stories`; five are far finer than any score difference the weights decide
(a relative change of at most 5e-5 to a cosine), and story clustering scores the same."""


def _rounded(weight: float) -> float:
    return float(f"{weight:.{WEIGHT_DIGITS}g}")


def prune_terms(terms: Mapping[str, float], keep: int) -> dict[str, float]:
    """The `keep` heaviest terms, their weights to WEIGHT_DIGITS significant digits: a
    story's profile stays bounded however big it grows, and short to store."""
    items = list(terms.items())
    if len(items) > keep:
        items = sorted(items, key=lambda kv: (-kv[1], kv[0]))[:keep]
    return {term: _rounded(weight) for term, weight in items}


def add_terms(into: dict[str, float], terms: Iterable[tuple[str, float]]) -> None:
    for term, weight in terms:
        into[term] = into.get(term, 0.0) + weight
