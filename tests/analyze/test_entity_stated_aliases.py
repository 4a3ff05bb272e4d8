"""An alias the text itself states ("Porthaven, known as the Grey City") links the two
names, with the reason shown on the entity (issue 14); "called" as a verb links nothing.
Texts and names invented."""

from __future__ import annotations

from entity_spans import mentions
from entity_spans import names as _names

from storyline.analyze.entities import canonicalize
from storyline.corpus.entities import entities_from_mentions
from storyline.corpus.entity_stated import stated_alias_evidence


def test_a_name_known_as_another_is_one_entity_in_the_article() -> None:
    text = "Porthaven, known as the Grey City, voted. Residents of the Grey City queued."
    got = _names(text, [("Porthaven", "GPE"), ("Grey City", "ORG"), ("Grey City", "LOC")])
    assert got == [("GPE", "Porthaven")] * 3


def test_a_bracketed_nickname_is_the_person() -> None:
    text = "Ali Vance (also known as the Surgeon) fled. The Surgeon was seen in Kell."
    spans = [("Ali Vance", "PERSON"), ("Surgeon", "ORG"), ("Surgeon", "ORG"), ("Kell", "GPE")]
    got = _names(text, spans)
    assert got == [("PERSON", "Ali Vance")] * 3 + [("GPE", "Kell")]


def test_called_as_a_verb_links_nothing() -> None:
    text = "Ana Vell called Dana Reyes a liar."
    got = _names(text, [("Ana Vell", "PERSON"), ("Dana Reyes", "PERSON")])
    assert got == [("PERSON", "Ana Vell"), ("PERSON", "Dana Reyes")]


def test_the_entity_shows_why_the_alias_is_its_name() -> None:
    text = "The Reformists, dubbed the Blues, lost. The Blues will regroup."
    spans = [("Reformists", "NORP"), ("Blues", "ORG"), ("Blues", "ORG")]
    (entity,) = entities_from_mentions(canonicalize(text, mentions(text, spans)))
    assert entity.name == "Reformists" and entity.mentions == 3
    assert entity.alias_evidence == ("Blues: another name an article gives Reformists",)


def test_short_forms_of_a_name_are_no_stated_alias() -> None:
    assert stated_alias_evidence("Fed", "Federal Reserve") is None
    assert stated_alias_evidence("Ga.", "Georgia") is None
    assert stated_alias_evidence("KHB", "Kell Harbour Board") is None
    assert stated_alias_evidence("Vale", "Dana Vale") is None
    assert stated_alias_evidence("Grey City", "Porthaven") is not None


def test_a_name_owning_what_follows_known_as_is_no_alias() -> None:
    text = "Ana Vell, known as Dana Reyes's deputy, resigned."
    got = _names(text, [("Ana Vell", "PERSON"), ("Dana Reyes", "PERSON")])
    assert got == [("PERSON", "Ana Vell"), ("PERSON", "Dana Reyes")]
