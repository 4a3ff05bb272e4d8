"""What is shown as someone's statement (analyze/quotes/shown.py): a thing carrying words
(placards, a sign) is no speaker, and what someone referred to is a topic, not their
words (statements2, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_words_on_placards_are_no_ones_statement(pipeline: Pipeline) -> None:
    text = (
        "On one side sits a row of tents , home-made placards calling for the soldiers to "
        "come home and a long line of flags ."
    )
    q = quote_with(pipeline, text, "soldiers to come home")
    assert q.speaker is not None and "placards" in q.speaker.text  # kept for scoring
    assert not q.stated


def test_a_sign_saying_quoted_words_shows_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Outside the gate a sign saying `` Keep out of the harbour zone now '' hung on the wire ."
    )
    assert not quote_with(pipeline, text, "Keep out").stated


def test_what_someone_referred_to_is_not_their_statement(pipeline: Pipeline) -> None:
    text = (
        "Ana Ruiz said the voters are getting confusing messages about whether the mayor "
        "should leave office , referring to a state envoy 's comments that the mayor must "
        "stay in place during a transition ."
    )
    q = quote_with(pipeline, text, "envoy 's comments")
    assert q.cue == "referring" and not q.stated
    assert quote_with(pipeline, text, "confusing messages").stated


class _TaggedOnlyDoc:
    """A Doc that was tagged but not parsed (the article's own, as the claim stage reads it)."""

    def has_annotation(self, attr: str) -> bool:
        return attr != "DEP"


class _TaggedOnlyToken:
    """A common noun of a tagged-only Doc whose child links must not be walked: on a
    real Doc they are unset and can point outside its tokens."""

    tag_ = "NN"
    dep_ = ""
    ent_type_ = ""
    is_sent_start = False

    def __init__(self, word: str) -> None:
        self.text = word
        self.lower_ = word.lower()
        self.doc = _TaggedOnlyDoc()

    @property
    def children(self) -> list[object]:
        raise AssertionError("walked the child links of an unparsed Doc")


@pytest.mark.parametrize(("word", "speaks"), [("spokeswoman", True), ("reason", False)])
def test_a_source_head_of_an_unparsed_doc_is_judged_without_its_child_links(
    word: str, speaks: bool
) -> None:
    from storyline.analyze.quotes.speaking_sources import head_can_speak, parsed_children

    head = _TaggedOnlyToken(word)
    assert parsed_children(head) == []
    assert head_can_speak(head) is speaks


def test_a_real_unparsed_doc_has_no_children_and_a_parsed_one_keeps_them() -> None:
    from storyline.analyze.nlp import annotate, parse_spans
    from storyline.analyze.quotes.speaking_sources import parsed_children

    doc = annotate("The head of the agency, Marisol Quenby, said the dam was safe.")
    assert not doc.has_annotation("DEP")
    assert all(parsed_children(t) == [] for t in doc)
    parsed = parse_spans([doc[:]])[0]
    head = next(t for t in parsed if t.lower_ == "head")
    assert [c.dep_ for c in parsed_children(head)] == [c.dep_ for c in head.children]
    assert any(c.dep_ == "appos" for c in parsed_children(head))
