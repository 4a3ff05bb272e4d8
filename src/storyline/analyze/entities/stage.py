"""The "entities" stage: spaCy NER, then in-article canonical names and roles.

An adverb, interjection, participle or preposition opening a sentence is cut from the
name the recogniser ran it into (lead_adverbs.py), a common word opening a sentence that
the model's word lists know is no name (opening_nouns.py), a surname or a lone name the
article reads elsewhere is a mention where the recogniser missed it (missed_names.py),
and a list of names joined by commas is split (name_lists.py), before any repair. The
sentence stage's tokens (`scratch["tokens"]`) are reused when present.
The parsed document is left in `article.scratch["doc"]` so the quote and claim
stages reuse its tokens, tags and numeric entities instead of running spaCy
again; `document(article)` rebuilds it when a stage runs on its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.analyze.entities.canonical import canonicalize
from storyline.analyze.entities.edges import repair_edges
from storyline.analyze.entities.lead_adverbs import raw_mentions
from storyline.analyze.entities.mentions import repair_named, repair_raw
from storyline.analyze.entities.missed_names import add_missed_names
from storyline.analyze.entities.name_lists import split_name_lists
from storyline.analyze.entities.opening_nouns import drop_opening_common_words
from storyline.analyze.nlp import annotate
from storyline.model import Article

__all__ = ["EntityStage", "document"]


def document(article: Article) -> Any:
    """The spaCy Doc of the article's text, from the scratch area or freshly annotated."""
    doc = article.scratch.get("doc")
    if doc is None or article.scratch.get("doc_text") is not article.text:
        doc = annotate(article.text)
        article.scratch["doc"] = doc
        article.scratch["doc_text"] = article.text
    return doc


class EntityStage:
    name = "entities"
    requires = frozenset({"sentences"})
    assigns = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        tokens = article.scratch.get("tokens")
        if article.scratch.get("tokens_text") is not article.text:
            tokens = None
        doc = annotate(article.text, tokens)
        raw = drop_opening_common_words(article.text, doc, raw_mentions(article.text, doc))
        raw = add_missed_names(article.text, doc, raw)
        raw = split_name_lists(article.text, raw)
        raw = repair_raw(article.text, repair_edges(article.text, raw))
        entities = tuple(repair_named(canonicalize(article.text, raw)))
        scratch = {**article.scratch, "doc": doc, "doc_text": article.text}
        return replace(article, entities=entities, scratch=scratch)
