"""Initials that keep a function word's letter ("Bank of Nordland", "BON"; issue 14): one
body, in the article and across a story. Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names

from storyline.analyze.entities.aliases import acronym, acronym_variants
from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def test_initials_may_keep_the_letter_of_of_and_for() -> None:
    assert acronym("Bank of Nordland") == "BN"
    assert "BON" in acronym_variants("Bank of Nordland")
    assert {"OFA", "OFTA"} <= acronym_variants("Office for the Arts")
    # a name opening or ending with a function word gives no letter for it
    assert acronym_variants("The Kessa Times") == set()
    # a word in capitals still gives all its letters, with the function word's or without
    assert "DQROV" in acronym_variants("DQR of Vella")


def test_initials_are_no_variant_of_a_name_with_many_function_words() -> None:
    # beyond three function words, variants would match phrases by chance
    name = "Society for the Care of the Old and the Young"
    assert not any(v.startswith("SF") for v in acronym_variants(name))


def test_bracketed_initials_with_of_are_the_body_in_the_article() -> None:
    text = "The Bank of Nordland (BON) raised rates. BON said inflation was high."
    got = _names(text, [("Bank of Nordland", "ORG"), ("BON", "ORG"), ("BON", "ORG")])
    assert got == [("ORG", "Bank of Nordland")] * 3


def test_initials_with_of_written_after_the_name_are_the_body() -> None:
    text = "The Bank of Nordland raised rates on Monday. Later, the BON said it would wait."
    got = _names(text, [("Bank of Nordland", "ORG"), ("BON", "ORG")])
    assert got == [("ORG", "Bank of Nordland")] * 2


def test_initials_with_of_that_no_article_defines_stay_apart_across_articles() -> None:
    def art(aid: str, *spans: tuple[str, str | None]) -> Article:
        ents = tuple(
            EntityMention(i * 20, i * 20 + len(t), t, "ORG", canon, None)
            for i, (t, canon) in enumerate(spans)
        )
        return Article(id=aid, text="x" * 400, entities=ents)

    defined = [
        art("a", ("Bank of Nordland", None), ("BON", "Bank of Nordland")),
        art("b", ("BON", None)),
        art("c", ("Bank of Nordland", None)),
    ]
    ents = {e.name: e for e in build_entities(defined)}
    assert "BON" not in ents and ents["Bank of Nordland"].mentions == 4
    undefined = [art("a", ("Bank of Nordland", None)), art("b", ("BON", None))]
    assert {e.name for e in build_entities(undefined)} == {"Bank of Nordland", "BON"}
