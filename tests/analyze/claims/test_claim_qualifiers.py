"""The qualifiers of a counted number and the parse moves they share, called directly.

The readings through the whole claims stage are in test_claim_reading.py; these pin
each qualifier of `claims.qualifiers` and each move of `claims.tree` on one sentence
written for the test, parsed by the model the pipeline loads.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyze.claims.qualifiers import (
    cause_of,
    certainty_of,
    per_period,
    places_of,
    projected,
    running_total,
    simple_past,
)
from storyline.analyze.claims.tree import is_noun, root_of, subject_of, token_lemma, tokens_in
from storyline.analyze.nlp import load_nlp

_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp(_COMPONENTS)


def word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_tree_moves(nlp: Any) -> None:
    doc = nlp("The storm killed 14 fishermen near the harbour.")
    number = word(doc, "14")
    assert tokens_in(doc, 0, number.idx, number.idx + 2) == [number]
    assert root_of([number, word(doc, "fishermen")]).text == "fishermen"
    assert is_noun(word(doc, "fishermen")) and not is_noun(number)
    assert subject_of(word(doc, "killed")).text == "storm"
    assert token_lemma(word(doc, "killed")) == "kill"


def test_cause_from_the_subject_of_a_causing_verb(nlp: Any) -> None:
    doc = nlp("Torrential rain killed 14 villagers.")
    noun, verb = word(doc, "villagers"), word(doc, "killed")
    assert cause_of(noun, noun, verb, None, False).text == "rain"


def test_the_storys_own_event_is_no_cause(nlp: Any) -> None:
    doc = nlp("The storm killed 14 villagers.")
    noun, verb = word(doc, "villagers"), word(doc, "killed")
    assert cause_of(noun, noun, verb, None, False) is None


def test_a_pronoun_is_no_cause(nlp: Any) -> None:
    doc = nlp("It killed 14 villagers.")
    noun, verb = word(doc, "villagers"), word(doc, "killed")
    assert cause_of(noun, noun, verb, None, False) is None


def test_projection_and_uncertain_past(nlp: Any) -> None:
    assert projected(word(nlp("Up to 300 people could die."), "die"))
    assert not projected(word(nlp("Up to 300 people may have died."), "died"))


def test_rate(nlp: Any) -> None:
    doc = nlp("The fever kills 2,000 people a year.")
    assert per_period([word(doc, "people"), word(doc, "kills")])
    doc = nlp("The fever killed 2,000 people last spring.")
    assert not per_period([word(doc, "people"), word(doc, "killed")])
    doc = nlp("The storm killed 14 people per day.")
    assert per_period([word(doc, "people"), word(doc, "killed")])
    doc = nlp("The storm killed 14 people, per police in Orla.")  # a source, not a unit
    assert not per_period([word(doc, "people"), word(doc, "killed")])


def test_running_total_and_one_incident(nlp: Any) -> None:
    doc = nlp("Forty miners have died so far.")
    assert running_total(False, word(doc, "died"), [word(doc, "miners")], ["miner"])
    doc = nlp("Forty miners died on Monday.")
    assert simple_past(word(doc, "died"))
    assert not running_total(False, word(doc, "died"), [word(doc, "miners")], ["miner"])


def test_certainty(nlp: Any) -> None:
    doc = nlp("Doctors found 12 suspected cases.")
    assert certainty_of(word(doc, "cases"), word(doc, "found")) == "suspected"
    doc = nlp("Doctors confirmed 12 cases.")
    assert certainty_of(word(doc, "cases"), word(doc, "confirmed")) == "confirmed"


def test_places_and_the_world(nlp: Any) -> None:
    doc = nlp("The virus sickened 30 people in Norland.")
    places, world = places_of([word(doc, "people"), word(doc, "sickened")])
    assert word(doc, "Norland").idx in places and not world
    doc = nlp("The virus sickened 30 people worldwide.")
    assert places_of([word(doc, "people"), word(doc, "sickened")])[1]
