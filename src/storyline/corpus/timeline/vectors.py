"""TF-IDF sentence vectors for centrality and redundancy, in plain numpy.

Inverse document frequencies are computed once over the whole collection so a
word common to the story ("oil", "spill") weighs little everywhere, while the
matrices are built per day over that day's own vocabulary: a dense block of a
few hundred sentences by a few thousand words, never the corpus at once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["CALENDAR_WORDS", "STOPWORDS", "TfidfSpace", "tokens"]

FloatMatrix = npt.NDArray[np.float64]

_WORD = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")
_PTB_BRACKET = re.compile(r"-[lr][rcs]b-")

_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few
for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own said same says she should so some such than that the
their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your
yours yourself yourselves s t ll re ve d m n't 's"""

_CALENDAR_TEXT = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight morning
afternoon evening night week weekend month year day days weeks months years ago last next
earlier later update updated gmt utc bst est edt et pst pdt cet a.m p.m am pm"""

STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())
CALENDAR_WORDS: frozenset[str] = frozenset(_CALENDAR_TEXT.split())
"""Date and time words: they make sentences about the same day look alike without
saying what happened, so they never count towards similarity."""


def tokens(text: str) -> list[str]:
    """Content words of a sentence, lower-cased.

    Without stop words, calendar words, clock and day numbers (one or two
    digits) or Penn Treebank bracket tokens (-LRB-).
    """
    lowered = _PTB_BRACKET.sub(" ", text.lower())
    return [
        w
        for w in _WORD.findall(lowered)
        if len(w) > 1
        and w not in STOPWORDS
        and w not in CALENDAR_WORDS
        and not (w.isdigit() and len(w) <= 2)
    ]


class TfidfSpace:
    """Collection-wide IDF; per-group L2-normalised TF-IDF matrices on demand."""

    def __init__(self, documents: Iterable[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            n += 1
            df.update(set(doc))
        self.size = n
        self._idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
        self._unseen = math.log(1 + n) + 1.0

    def idf(self, word: str) -> float:
        return self._idf.get(word, self._unseen)

    def profile(self, documents: Iterable[Sequence[str]]) -> dict[str, float]:
        """The unit-length centroid of the documents' TF-IDF vectors, as word -> weight."""
        total: dict[str, float] = defaultdict(float)
        for doc in documents:
            weights = {w: (1.0 + math.log(c)) * self.idf(w) for w, c in Counter(doc).items()}
            norm = math.sqrt(sum(v * v for v in weights.values()))
            if norm > 0.0:
                for w, v in weights.items():
                    total[w] += v / norm
        norm = math.sqrt(sum(v * v for v in total.values()))
        return {w: v / norm for w, v in total.items()} if norm > 0.0 else {}

    def matrix(
        self, documents: Sequence[Sequence[str]], profile: dict[str, float] | None = None
    ) -> FloatMatrix:
        """Rows are the documents' TF-IDF vectors (sublinear tf), unit length or zero.

        With `profile`, one more row is appended: the profile restricted to the
        documents' vocabulary (not renormalised, so dot products stay cosines).
        """
        vocab: dict[str, int] = {}
        for doc in documents:
            for w in doc:
                vocab.setdefault(w, len(vocab))
        out = np.zeros((len(documents), max(1, len(vocab))), dtype=np.float64)
        for row, doc in enumerate(documents):
            for w, c in Counter(doc).items():
                out[row, vocab[w]] = (1.0 + math.log(c)) * self.idf(w)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: FloatMatrix = out / norms
        if profile is not None:
            extra = np.zeros((1, result.shape[1]), dtype=np.float64)
            for w, i in vocab.items():
                extra[0, i] = profile.get(w, 0.0)
            result = np.vstack([result, extra])
        return result
