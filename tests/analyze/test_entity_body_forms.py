"""A body's short forms written in the same article as its full name (issue 14): two
initials, the first part of a name run together and that name's initials, and a bare
name typed a place beside the name with a company's designator. Texts and names invented."""

from __future__ import annotations

from entity_spans import mentions
from entity_spans import names as _names

from storyline.analyze.entities import canonicalize
from storyline.analyze.entities.body_forms import compound_initials, compound_parts
from storyline.corpus.entities import build_entities
from storyline.model import Article


def test_two_initials_of_the_one_body_of_the_article_are_that_body() -> None:
    # named by the form the article writes most: the initials here
    text = (
        "KP shares fell on Monday. Kessel Partners said the well was sealed, and KP "
        "would pay for the clean-up."
    )
    got = _names(text, [("KP", "ORG"), ("Kessel Partners", "ORG"), ("KP", "ORG")])
    assert got == [("ORG", "KP")] * 3
    # the full name here (a tie: the full name)
    text = "Kessel Partners said KP shares fell. Kessel Partners will pay."
    got = _names(text, [("Kessel Partners", "ORG"), ("KP", "ORG"), ("Kessel Partners", "ORG")])
    assert got == [("ORG", "Kessel Partners")] * 3


def test_two_initials_of_two_bodies_stay_as_written() -> None:
    text = "Kessel Partners and Korr Petroleum bid for the field. KP won the contract."
    got = _names(text, [("Kessel Partners", "ORG"), ("Korr Petroleum", "ORG"), ("KP", "ORG")])
    assert got[2] == ("ORG", "KP")


def test_two_initials_without_the_body_in_the_article_stay_as_written() -> None:
    text = "KP shares fell on Monday after the spill off Tarnholm."
    assert _names(text, [("KP", "ORG"), ("Tarnholm", "GPE")])[0] == ("ORG", "KP")


def test_two_letters_written_as_a_news_credit_are_the_agency() -> None:
    text = "Arctic Power shut two plants in Tarsk on Monday , AP reported ."
    got = _names(text, [("Arctic Power", "ORG"), ("Tarsk", "GPE"), ("AP", "ORG")])
    assert got[2] == ("ORG", "AP")
    # the body's own initials still join it
    own = "Arctic Power shut two plants on Monday . AP said the leak was small ."
    got = _names(own, [("Arctic Power", "ORG"), ("AP", "ORG")])
    assert got[1] == ("ORG", "Arctic Power")


def test_two_initials_of_a_person_or_a_place_are_not_joined() -> None:
    # only a body's initials: a person's two initials match a phrase by chance
    text = "Kara Pell arrived in Dorvan. KP shares rose."
    got = _names(text, [("Kara Pell", "PERSON"), ("Dorvan", "GPE"), ("KP", "ORG")])
    assert got[2] == ("ORG", "KP")


def test_a_compound_name_has_parts_and_initials() -> None:
    assert compound_parts("VarnTollKrane") == ["Varn", "Toll", "Krane"]
    assert compound_initials("VarnTollKrane") == "VTK"
    # a surname's prefix of two letters is no part; two parts give no initials
    assert compound_parts("McAdam") == []
    assert compound_initials("VarnToll") == ""
    assert compound_parts("Varntoll") == []


def test_the_first_part_of_a_compound_is_that_body_and_the_compound_a_body() -> None:
    text = (
        "Varn said its vaccine was ready. VarnTollKrane, which makes the shot in Tarnholm, "
        "expects orders."
    )
    got = _names(text, [("Varn", "ORG"), ("VarnTollKrane", "PERSON"), ("Tarnholm", "GPE")])
    assert got[:2] == [("ORG", "VarnTollKrane")] * 2


def test_a_compounds_initials_are_that_body() -> None:
    text = "VarnTollKrane (VTK) plans a plant. VTK said the plant would open in May."
    got = _names(text, [("VarnTollKrane", "PERSON"), ("VTK", "ORG"), ("VTK", "ORG")])
    assert got == [("ORG", "VTK")] * 3  # the form written most


def test_a_first_part_read_as_a_person_stays_a_person() -> None:
    # "Mr Varn" is a person's name: his namesake company's name does not take him
    text = "Mr Varn said he would sell. VarnTollKrane shares rose."
    got = _names(text, [("Varn", "PERSON"), ("VarnTollKrane", "ORG")])
    assert got[0] == ("PERSON", "Varn")


def test_a_compound_with_a_persons_title_or_honorific_stays_apart() -> None:
    for title in ("Dr", "Dr.", "Professor"):
        text = f"{title} VarnTollKrane said Varn had no vaccine."
        got = _names(text, [("VarnTollKrane", "PERSON"), ("Varn", "ORG")])
        assert got == [("PERSON", "VarnTollKrane"), ("ORG", "Varn")], title


def test_a_short_first_part_is_no_name_of_the_compound() -> None:
    text = "Mac sales fell. MacDorran Systems said the quarter was weak. MacDorran grew."
    got = _names(text, [("Mac", "ORG"), ("MacDorran", "ORG")])
    assert got[0] == ("ORG", "Mac")


def test_a_bare_name_typed_a_place_beside_its_designator_is_the_company() -> None:
    text = (
        "Tests by Korvane Co. were flawed, investigators said. Korvane said it followed "
        "the rules, and Korvane engineers wrote the plan."
    )
    got = _names(text, [("Korvane Co.", "ORG"), ("Korvane", "GPE"), ("Korvane", "GPE")])
    assert [label for label, _ in got] == ["ORG"] * 3
    assert len({name for _, name in got}) == 1  # one company, by whichever of its names


def test_a_place_written_as_one_keeps_its_type_beside_a_company_named_after_it() -> None:
    text = "Dorvan, capital of the province, is home to Dorvan Co. Dorvan grew fast."
    got = _names(text, [("Dorvan", "GPE"), ("Dorvan Co.", "ORG"), ("Dorvan", "GPE")])
    assert got[0] == ("GPE", "Dorvan") and got[2] == ("GPE", "Dorvan")


def test_a_surname_keeps_its_type_beside_a_company_named_after_the_person() -> None:
    text = "Tomas Halvern founded Halvern Co. in 1990. Halvern said he was proud."
    got = _names(text, [("Tomas Halvern", "PERSON"), ("Halvern Co.", "ORG"), ("Halvern", "PERSON")])
    assert got[2] == ("PERSON", "Tomas Halvern")


def test_a_group_is_no_evidence_of_a_company_named_by_a_place() -> None:
    # "Group" may end a body that is no company's ("the Tarnholm Group" of nations)
    text = "The Tarnholm Group met in Tarnholm on Monday."
    got = _names(text, [("Tarnholm Group", "ORG"), ("Tarnholm", "GPE")])
    assert got[1] == ("GPE", "Tarnholm")


def test_a_consortium_written_bare_too_is_one_body() -> None:
    text = "Sela Vorn, head of the KVR Consortium, said KVR lawyers would appeal."
    got = _names(text, [("Sela Vorn", "PERSON"), ("KVR Consortium", "ORG"), ("KVR", "ORG")])
    assert got[1:] == [("ORG", "KVR")] * 2


def test_the_corpus_gives_the_joined_short_forms_their_evidence() -> None:
    text = (
        "Varn said its vaccine was ready. VarnTollKrane (VTK) makes it. VTK will ship it. "
        "VarnTollKrane has a plant. "
        "KP shares fell. Kessel Partners said KP would pay."
    )
    spans = [
        ("Varn", "ORG"),
        ("VarnTollKrane", "PERSON"),
        ("VTK", "ORG"),
        ("VTK", "ORG"),
        ("VarnTollKrane", "PERSON"),
        ("KP", "ORG"),
        ("Kessel Partners", "ORG"),
        ("KP", "ORG"),
    ]
    article = Article(id="a", text=text, entities=tuple(canonicalize(text, mentions(text, spans))))
    found = {e.name: e for e in build_entities([article])}
    assert set(found) == {"VarnTollKrane", "KP"}
    assert found["VarnTollKrane"].type == "ORG"
    evidence = " | ".join(found["VarnTollKrane"].alias_evidence)
    assert "Varn: the first part of VarnTollKrane" in evidence
    assert "VTK: initials of the parts of VarnTollKrane" in evidence
    assert found["KP"].alias_evidence == ("KP: initials of Kessel Partners",)


def test_two_initials_the_article_defines_are_named_by_the_full_name() -> None:
    # a definition names the body by its full name, however often the initials follow
    text = "Kessel Partners (KP) said KP shares fell. KP will pay."
    got = _names(text, [("Kessel Partners", "ORG"), ("KP", "ORG"), ("KP", "ORG"), ("KP", "ORG")])
    assert got == [("ORG", "Kessel Partners")] * 4
