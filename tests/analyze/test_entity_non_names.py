"""Mentions that are no name (issue 14): a legal form alone, a stance prefix's word, a verb
in -ing before a place, "An" opening a line, an operation's code name, a camp's name.
Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names

from storyline.analyze.entities import RawMention, canonicalize


def test_a_legal_form_cut_off_alone_is_no_entity() -> None:
    text = "LONDON - Harlow Plc and its partners traded blame."
    got = _names(text, [("Harlow", "ORG"), ("Plc", "PERSON")])
    assert got == [("ORG", "Harlow")]


def test_a_stance_prefixed_name_is_no_body_but_the_arabic_article_stays() -> None:
    text = "The depot supplied pro-Vale forces near al-Tarvo."
    got = _names(text, [("pro-Vale", "ORG"), ("al-Tarvo", "GPE")])
    assert got == [("GPE", "al-Tarvo")]


def test_a_verb_in_ing_before_a_place_written_alone_is_cut() -> None:
    text = '"Defending Tarvo is vital," he said. "We will not give Tarvo up."'
    got = _names(text, [("Defending Tarvo", "PERSON"), ("Tarvo", "GPE")])
    assert got == [("GPE", "Tarvo"), ("GPE", "Tarvo")]
    # a given name in -ing before a surname the article writes as no place stays
    text = "Sterling Vasko said Vasko would stay."
    got = _names(text, [("Sterling Vasko", "PERSON"), ("Vasko", "PERSON")])
    assert got == [("PERSON", "Sterling Vasko"), ("PERSON", "Sterling Vasko")]


def test_an_opening_a_line_is_no_person() -> None:
    text = "(Pictured: Ana Vale) An ultra-low latency service opened."
    assert _names(text, [("Ana Vale", "PERSON"), ("An", "PERSON")]) == [("PERSON", "Ana Vale")]
    # a wire credit's names are no entities either (outlet_credits.py)
    credited = "(Editing by Ana Vale) An ultra-low latency service opened."
    assert _names(credited, [("Ana Vale", "PERSON"), ("An", "PERSON")]) == []


def test_an_operation_code_name_is_an_event_also_where_written_alone() -> None:
    text = "Operation Iron Veil began on Friday. The army said Iron Veil would last a month."
    got = _names(text, [("Iron Veil", "PERSON"), ("Iron Veil", "PERSON")])
    assert got == [("EVENT", "Iron Veil"), ("EVENT", "Iron Veil")]
    # the recogniser missed the one after "Operation": the text still says what it is
    second = text.rindex("Iron Veil")
    out = canonicalize(text, [RawMention(second, second + len("Iron Veil"), "PERSON")])
    assert [(m.label, m.canonical) for m in out] == [("EVENT", "Iron Veil")]


def test_a_camp_named_after_someone_is_a_site_not_that_person() -> None:
    text = "Others joined what became known as Camp Tarrow. Her son Tarrow Ellis died there."
    got = _names(text, [("Camp Tarrow", "PERSON"), ("Tarrow Ellis", "PERSON")])
    assert got == [("FAC", "Camp Tarrow"), ("PERSON", "Tarrow Ellis")]


def test_an_owners_name_before_its_site_is_cut_when_the_site_is_named_alone() -> None:
    text = "Oil from the broken Harlow Kessa wellhead spread. Harlow said the Kessa well held."
    spans = [("Harlow Kessa", "FAC"), ("Harlow", "ORG"), ("Kessa", "FAC")]
    assert _names(text, spans) == [("FAC", "Kessa"), ("ORG", "Harlow"), ("FAC", "Kessa")]
    # a name starting with the body's word, its rest never written alone, stays whole
    text = "Harlow Tower opened. Harlow said it cost more."
    spans = [("Harlow Tower", "FAC"), ("Harlow", "ORG")]
    assert _names(text, spans) == [("FAC", "Harlow Tower"), ("ORG", "Harlow")]


def test_a_name_before_a_drugs_units_is_a_drug_in_every_mention() -> None:
    text = "Doctors gave out Zelvarix tablets. Supplies of Zelvarix were low."
    got = _names(text, [("Zelvarix", "NORP"), ("Zelvarix", "NORP")])
    assert got == [("PRODUCT", "Zelvarix"), ("PRODUCT", "Zelvarix")]
    assert _names("Fluzorin doses ran out.", [("Fluzorin", "PERSON")]) == [("PRODUCT", "Fluzorin")]


def test_a_peoples_word_a_body_or_a_place_before_doses_stays_what_it_was() -> None:
    text = "Dorvanian doses arrived. Harlow doses were late. Kestia doses were sent."
    spans = [("Dorvanian", "NORP"), ("Harlow", "ORG"), ("Kestia", "GPE")]
    assert _names(text, spans) == [("NORP", "Dorvanian"), ("ORG", "Harlow"), ("GPE", "Kestia")]


def test_a_camp_named_after_a_son_the_article_names_stays_a_site() -> None:
    text = "Others joined what became known as Camp Tarrow. Her son Tarrow died in 2004."
    got = _names(text, [("Camp Tarrow", "PERSON"), ("Tarrow", "PERSON")])
    assert got == [("FAC", "Camp Tarrow"), ("PERSON", "Tarrow")]


def test_one_word_before_an_online_services_noun_is_that_service() -> None:
    text = "Send us a note on our Chirper page. Log on to your Chirper account first."
    got = _names(text, [("Chirper", "PERSON"), ("Chirper", "PERSON")])
    assert got == [("ORG", "Chirper"), ("ORG", "Chirper")]
    # a full name before such a noun stays a person ("the Ana Vale page" is about her)
    assert _names("See the Ana Vale page.", [("Ana Vale", "PERSON")]) == [("PERSON", "Ana Vale")]


def test_a_common_word_opening_a_tokenised_bracket_is_no_name() -> None:
    text = "The blowout preventer failed . -LRB- Blowout preventers halt the flow . -RRB-"
    assert _names(text, [("Blowout", "PERSON")]) == []


def test_a_product_keeps_its_makers_name() -> None:
    text = "The Harlow Vantage returns. Harlow said the Vantage sold well."
    spans = [("Harlow Vantage", "PRODUCT"), ("Harlow", "ORG"), ("Vantage", "PRODUCT")]
    got = _names(text, spans)
    assert got[0] == ("PRODUCT", "Harlow Vantage")


def test_a_business_epithet_opening_a_sentence_is_cut_from_the_name() -> None:
    text = "Kessa shares blame .\nOil company Kessa says it is not alone . Kessa paid ."
    got = _names(text, [("Kessa", "ORG"), ("Oil company Kessa", "ORG"), ("Kessa", "ORG")])
    assert got == [("ORG", "Kessa"), ("ORG", "Kessa"), ("ORG", "Kessa")]
    text = "Energy giant Kessa said it would pay ."
    assert _names(text, [("Energy giant Kessa", "PERSON")]) == [("ORG", "Kessa")]
    # the capitals of a name's own words stay
    text = "Kessa Oil Company said it would pay ."
    assert _names(text, [("Kessa Oil Company", "ORG")]) == [("ORG", "Kessa Oil Company")]


def test_an_adjective_opening_a_sentence_before_a_plural_is_no_body() -> None:
    # never written in lower case in the article, yet no name: an adjective before its
    # plural noun; one capitalised inside a sentence, or before a verb, stays a body
    text = "Chemical dispersants were sprayed . Massive fines loom for Vantor Oil ."
    got = _names(text, [("Chemical", "ORG"), ("Massive", "ORG"), ("Vantor Oil", "ORG")])
    assert got == [("ORG", "Vantor Oil")]
    text = "Progressive says rates rose . Analysts like Progressive ."
    assert (
        _names(text, [("Progressive", "ORG"), ("Progressive", "ORG")])
        == [("ORG", "Progressive")] * 2
    )
