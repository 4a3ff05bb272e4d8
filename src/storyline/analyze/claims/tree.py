"""Walking a spaCy dependency parse: the few moves every reading of a number makes.

Kept apart from the readings themselves so that the qualifiers (cause, projection,
certainty...) and the number's own reading share one definition of each move.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.analyze.nlp import lemma

__all__ = ["is_noun", "root_of", "subject_of", "token_lemma", "tokens_in"]


def token_lemma(tok: Any) -> str:
    """The lower-cased lemma, from the parse where it has one, else from the tag."""
    if tok.lemma_ and tok.lemma_ != "-PRON-":
        return str(tok.lemma_).lower()
    return lemma(tok.text, tok.tag_)


def tokens_in(parsed: Any, base: int, start: int, end: int) -> list[Any]:
    return [t for t in parsed if start <= base + t.idx < end]


def root_of(tokens: Sequence[Any]) -> Any:
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return roots[-1] if roots else tokens[-1]


def is_noun(tok: Any) -> bool:
    return bool(tok.tag_.startswith("NN"))


def subject_of(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    return None
