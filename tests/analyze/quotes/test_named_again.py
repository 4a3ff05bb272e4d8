"""Who a source names again without a name (named_again.py): texts written for these tests,
in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import re

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.named_again import spoken_for
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_described_company_is_not_an_authority_just_named(pipeline: Pipeline) -> None:
    text = (
        "The Velmar Harbour Authority banned two ferries from the port . The ferry company "
        "said the ban was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == ["The ferry company"]


def test_the_company_is_not_the_authority_that_fined_it(pipeline: Pipeline) -> None:
    text = (
        "The Velmar Harbour Authority fined Velm Shipping on Monday . The company said the "
        "fine was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_a_described_company_is_not_the_body_an_action_targets(pipeline: Pipeline) -> None:
    text = (
        "Ferry operators sued Velm Shipping Lines on Monday . The ferry company said the suit "
        "was `` unfair and unlawful '' ."
    )
    assert speakers_shown(pipeline, text, "unfair and unlawful") == ["The ferry company"]


def test_a_described_company_is_the_one_body_just_named(pipeline: Pipeline) -> None:
    text = (
        "Shares of Dalcor Energy Plc rose on Tuesday . Dalcor Energy and its rivals benefited "
        "from a rise in crude prices . Higher output also helped lift Dalcor Energy 's peers "
        "but the Leeds-based oil company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["Dalcor Energy"]
    q = quote_with(pipeline, text, "production fell")
    assert q.speaker is not None and q.speaker.text == "the Leeds-based oil company"
    assert q.speaker.resolved_from is not None


def test_a_described_company_stays_with_two_bodies_named(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy Plc bought a stake in Varnet Oil Corp on Tuesday . "
        "The London-based company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["The London-based company"]


def test_a_rival_company_is_not_the_one_just_named(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy Plc reported a record profit on Tuesday . "
        "The rival company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["The rival company"]


def test_an_expert_is_the_expert_named_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Child hunger in Dorvania nearly doubled last year because of the blockade , a United "
        "Nations expert said yesterday . Piet Kalvaar , the UN 's special expert on the right "
        "to food , said more than a quarter of children do not have enough to eat ."
    )
    assert speakers_shown(pipeline, text, "Child hunger") == ["Piet Kalvaar"]


def test_an_expert_is_not_someone_else_named_next(pipeline: Pipeline) -> None:
    text = (
        "Child hunger in Dorvania nearly doubled last year , a United Nations expert said "
        "yesterday . Piet Kalvaar , a doctor in the capital , said more than a quarter of "
        "children do not have enough to eat ."
    )
    assert speakers_shown(pipeline, text, "Child hunger") == ["a United Nations expert"]


def test_a_man_is_not_the_one_whose_man_is_named_next(pipeline: Pipeline) -> None:
    text = (
        "The harbour would stay closed for a week , a man said yesterday . Piet Kalvaar , the "
        "man 's brother , said the boats had all left ."
    )
    assert speakers_shown(pipeline, text, "harbour would stay") != ["Piet Kalvaar"]


def _discourse(text: str, names: list[tuple[str, str]]) -> Discourse:
    """A Discourse over `text` whose only mentions are the given (words, label), each at its
    last occurrence; sentences cut after each " . "."""
    entities = []
    for words, label in names:
        at = text.rindex(words)
        entities.append(EntityMention(at, at + len(words), words, label, words))
    cuts = [0] + [m.end() for m in re.finditer(r" \. ", text)]
    sentences = [Sentence(a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return Discourse(text, entities, sentences)


def test_a_described_company_reads_a_name_the_recogniser_missed(pipeline: Pipeline) -> None:
    # the body opens the sentence before as its subject, but only its later possessive
    # mention was marked: the description still names it
    text = (
        "Dalcor and its rivals benefited from a rise in crude prices . Higher output also "
        "helped lift Dalcor 's peers but the Leeds-based oil company said its output fell ."
    )
    d = _discourse(text, [("Dalcor", "ORG")])
    start = text.index("the Leeds-based")
    body = spoken_for(d, ["the", "leeds-based", "oil", "company"], start)
    assert body is not None and body.text == "Dalcor"
    assert spoken_for(d, ["the", "rival", "oil", "company"], start) is None
