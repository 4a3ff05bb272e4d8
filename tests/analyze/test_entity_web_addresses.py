"""A web address written as a name is its owner's site: named as the owner the article
names alone, without the trade words run on after it (web_addresses.py). Texts and names
invented; recogniser mentions written by hand."""

from __future__ import annotations

from entity_spans import names


def test_an_address_with_a_trade_word_run_on_is_the_owner_the_article_names() -> None:
    text = (
        "Tarnwick said on Monday that its readers had sent 900 letters . Tarnwick.com news "
        "desk will print the best of them , a Tarnwick editor said ."
    )
    spans = [("Tarnwick", "ORG"), ("Tarnwick.com news", "ORG"), ("Tarnwick", "ORG")]
    assert names(text, spans) == [("ORG", "Tarnwick")] * 3


def test_an_address_whose_owner_is_not_named_alone_keeps_the_address_only() -> None:
    text = "Readers wrote to Velmorra.com readers desk about the storm ."
    found = names(text, [("Velmorra.com readers", "ORG")])
    assert found == [("ORG", "Velmorra.com")]


def test_a_name_with_a_dot_but_no_domain_is_left_alone() -> None:
    text = "Tarn Ltd. said profits rose , and Tarn Ltd. shares fell ."
    found = names(text, [("Tarn Ltd.", "ORG"), ("Tarn Ltd.", "ORG")])
    assert all("com" not in name for _label, name in found)
