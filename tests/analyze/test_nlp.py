"""The shared spaCy loader: lean span copies parse like `Span.as_doc`, reused tokens
annotate like fresh ones, and a Doc of another text is never reused."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from storyline.analyze import nlp
from storyline.analyze.nlp import annotate, in_lexicon, load_nlp, parse_spans, sentence_starts

TEXT = (
    "WASHINGTON (AP) — Senator Mary Brown said on Monday that the bill would pass. "
    "“We have the votes,” she told reporters outside the Capitol. "
    "The White House, according to two officials, expects a signing ceremony next week."
)


def test_span_copies_parse_like_as_doc() -> None:
    doc = annotate(TEXT)
    spans = [doc[0:18], doc[18:32], doc[32:]]
    parser = load_nlp(("tok2vec", "tagger", "parser", "ner")).get_pipe("parser")
    expected = list(parser.pipe(s.as_doc() for s in spans))
    for got, want, span in zip(parse_spans(spans), expected, spans, strict=True):
        assert [t.text for t in got] == [t.text for t in span]
        assert [t.tag_ for t in got] == [t.tag_ for t in span]
        assert [(t.dep_, t.head.i) for t in got] == [(t.dep_, t.head.i) for t in want]


def test_a_span_parsed_before_is_given_back_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = annotate(TEXT)
    first = parse_spans([doc[0:18], doc[18:32]])
    copied: list[tuple[int, int]] = []
    copies = nlp._copies

    def counted(spans: Any) -> Iterator[Any]:
        copied.extend((s.start, s.end) for s in spans)
        return copies(spans)

    monkeypatch.setattr(nlp, "_copies", counted)
    again = parse_spans([doc[18:32], doc[32:], doc[0:18]])
    assert again[0] is first[1] and again[2] is first[0]
    assert copied == [(32, len(doc))]  # only the new span went through the parser
    # the same words in a fresh document parse the same way
    fresh = parse_spans([annotate(TEXT)[32:]])[0]
    assert [(t.dep_, t.head.i) for t in again[1]] == [(t.dep_, t.head.i) for t in fresh]


def test_reused_sentence_tokens_annotate_like_fresh_ones() -> None:
    tokens = load_nlp(("senter",))(TEXT)
    assert any(t.is_sent_start for t in tokens[1:])
    reused, fresh = annotate(TEXT, tokens), annotate(TEXT)
    assert reused is tokens
    assert [(e.start_char, e.end_char, e.label_) for e in reused.ents] == [
        (e.start_char, e.end_char, e.label_) for e in fresh.ents
    ]
    assert [t.tag_ for t in reused] == [t.tag_ for t in fresh]


def test_tokens_of_another_text_are_not_reused() -> None:
    other = load_nlp(("senter",))("A different, much shorter text.")
    doc = annotate(TEXT, other)
    assert doc is not other and doc.text == TEXT
    assert annotate(TEXT, "not a doc").text == TEXT


def test_long_text_is_annotated_in_pieces_with_the_same_text_and_offsets() -> None:
    from storyline.analyze.nlp import annotate

    paragraph = (
        "Prime Minister Jacinda Ardern met officials in Wellington on Monday. "
        "The Reserve Bank of New Zealand said inflation would ease.\n\n"
    )
    text = paragraph * 40
    whole = annotate(text)
    pieces = annotate(text, chunk_tokens=120)
    assert pieces.text == text
    assert pieces.tensor.shape == whole.tensor.shape
    assert [t.tag_ for t in pieces] == [t.tag_ for t in whole]
    spans = {(e.start_char, e.end_char, e.label_) for e in pieces.ents}
    assert spans == {(e.start_char, e.end_char, e.label_) for e in whole.ents}


def test_long_text_joined_is_the_doc_from_docs_would_make() -> None:
    """The pieces' annotation is copied onto the tokens given: byte for byte the Doc that
    joining the annotated pieces with Doc.from_docs makes (what annotate did before)."""
    from spacy.tokens import Doc

    paragraph = (
        "Mayor Tilda Orvane of Brackenfield said on Tuesday that the Verrow bridge "
        "would reopen.\nThe Harlow Transit Board met in Calder Bay.\n\n"
    )
    text = paragraph * 30
    analysis = nlp.load_nlp(nlp._ANALYSIS)
    pieces = [
        nlp._run_whole_doc(analysis, piece) for piece in nlp._pieces(analysis.make_doc(text), 100)
    ]
    assert len(pieces) > 4
    expected = Doc.from_docs(pieces, ensure_whitespace=False)
    for tokens in (None, sentence_starts(text)):
        joined = annotate(text, tokens, chunk_tokens=100)
        assert joined.to_bytes() == expected.to_bytes()
        assert [(e.start_char, e.label_) for e in joined.ents] == [
            (e.start_char, e.label_) for e in expected.ents
        ]
        assert joined.ents


LONG = "\n".join(
    f"Report {n}. The mayor of Springfield said on Monday that {n} roads were closed. "
    "Crews worked through the night, officials said."
    for n in range(12)
)


def test_sentences_read_in_pieces_match_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = sentence_starts(LONG, chunk_tokens=10_000)
    sizes: list[int] = []
    cut = nlp._pieces

    def spied(doc: Any, size: int) -> Iterator[Any]:
        for piece in cut(doc, size):
            sizes.append(len(piece))
            yield piece

    monkeypatch.setattr(nlp, "_pieces", spied)
    pieces = sentence_starts(LONG, chunk_tokens=40)
    assert len(sizes) > 4 and max(sizes) <= 40 and sum(sizes) == len(whole)
    assert [t.is_sent_start for t in pieces] == [t.is_sent_start for t in whole]
    assert pieces.text == LONG


def test_a_short_text_is_read_whole() -> None:
    doc = sentence_starts(TEXT)
    assert doc.text == TEXT
    assert sum(1 for t in doc if t.is_sent_start) == 3


def test_annotate_reads_a_text_over_its_limit_in_pieces_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tagger and NER hold ~15 KB a token while they run: a long text is cut by default."""
    sizes: list[int] = []
    cut = nlp._pieces

    def spied(doc: Any, size: int) -> Iterator[Any]:
        for piece in cut(doc, size):
            sizes.append(len(piece))
            yield piece

    monkeypatch.setattr(nlp, "_pieces", spied)
    monkeypatch.setattr(nlp, "ANNOTATE_CHUNK_TOKENS", 50)
    doc = annotate(LONG)
    assert len(sizes) > 4 and max(sizes) <= 50 and sum(sizes) == len(doc)
    assert doc.text == LONG
    sizes.clear()
    annotate(TEXT)
    assert sizes == []  # a text under the limit is read whole


def test_lemmas_from_set_indexes_match_the_shipped_lists() -> None:
    """The word lists are turned into sets for speed; every lemma must stay what the lists give."""
    import spacy
    from spacy.tokens import Doc

    loaded = load_nlp(nlp._ANALYSIS)
    table = loaded.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    plain = spacy.load(
        nlp.MODEL_PACKAGE,
        exclude=[c for c in nlp._ALL if c not in ("attribute_ruler", "lemmatizer")],
    )
    assert isinstance(
        next(iter(plain.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), list
    )
    pairs = [
        ("warned", "VBD"),
        ("denies", "VBZ"),
        ("insisting", "VBG"),
        ("told", "VBD"),
        ("officials", "NNS"),
        ("ministries", "NNS"),
        ("geese", "NNS"),
        ("better", "JJR"),
        ("happiest", "JJS"),
        ("quickly", "RB"),
        ("stopped", "VBN"),
        ("Says", "VBZ"),
    ]
    for word, tag in pairs:
        doc = Doc(plain.vocab, words=[word])
        doc[0].tag_ = tag
        doc = plain.get_pipe("lemmatizer")(plain.get_pipe("attribute_ruler")(doc))
        assert nlp.lemma(word, tag) == doc[0].lemma_.lower(), (word, tag)


def test_the_lexicon_tells_a_verb_from_a_noun() -> None:
    # the rule lemmatizer's English word lists, base forms only
    assert in_lexicon("resign", "verb") and not in_lexicon("resign", "noun")
    assert in_lexicon("boycott", "noun") and in_lexicon("boycott", "verb")
    assert in_lexicon("harbour", "noun") and not in_lexicon("harbour", "adv")
