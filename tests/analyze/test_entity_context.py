"""The words around a mention that say what it is (analyze/entities/context.py)."""

from __future__ import annotations

from storyline.analyze.entities.context import ORG_BEFORE, headline_fragment, imperative


def test_an_imperative_opens_a_sentence_and_takes_an_object() -> None:
    text = 'Staff said: "Scrub your boots." Brenna the guide agreed.'
    scrub = text.index("Scrub")
    assert imperative(text, scrub, scrub + len("Scrub"))
    brenna = text.index("Brenna")
    assert not imperative(text, brenna, brenna + len("Brenna"))


def test_a_headline_goes_on_in_title_case_a_name_does_not() -> None:
    text = "Rates on Home Loans, New Figures Show Rise. The Council on Trade said little."
    end = text.index(",")
    assert headline_fragment(text, end, "Rates on Home Loans", "ORG")
    council = text.index("Council on Trade") + len("Council on Trade")
    assert not headline_fragment(text, council, "Council on Trade", "ORG")
    assert not headline_fragment(text, end, "Rates on Home Loans", "PERSON")


def test_a_business_noun_before_a_name_but_not_a_calling() -> None:
    assert ORG_BEFORE.search("the survey firm ")
    assert not ORG_BEFORE.search("the newspaper publisher ")
