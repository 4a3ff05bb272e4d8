"""A full name introduced as someone's kin is not the titled namesake of the same surname
(issue 14: one page's "first lady" took every "President" of her surname). Names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_titled_surname_is_not_the_kin_named_in_full() -> None:
    text = (
        "He and first lady Mara Vell held a picnic . President Vell signed the bill . "
        "Vell flew to Tarn ."
    )
    spans = [("Mara Vell", "PERSON"), ("President Vell", "PERSON"), ("Vell", "PERSON")]
    spans += [("Tarn", "GPE")]
    got = _names(text, spans)
    assert got == [("PERSON", "Mara Vell"), ("PERSON", "Vell"), ("PERSON", "Vell"), ("GPE", "Tarn")]


def test_a_kin_named_in_full_keeps_her_surname_where_no_one_is_titled() -> None:
    text = "His widow Mara Vell spoke . Vell said the fund would go on ."
    got = _names(text, [("Mara Vell", "PERSON"), ("Vell", "PERSON")])
    assert got == [("PERSON", "Mara Vell"), ("PERSON", "Mara Vell")]


def test_a_titled_surname_after_a_full_name_without_kin_is_that_person() -> None:
    text = "Dana Vell won . President Vell thanked voters ."
    got = _names(text, [("Dana Vell", "PERSON"), ("President Vell", "PERSON")])
    assert got == [("PERSON", "Dana Vell"), ("PERSON", "Dana Vell")]


def test_a_lone_surname_is_the_principal_not_the_son_named_nearest_before_it() -> None:
    # issue 14 (reading16): a son named once in full after his father took every later
    # lone surname, which meant the father
    text = (
        "Teodor Marek fled the capital . Three of his sons were held . Ivo Anton Marek "
        "had run the army . Marek spoke by radio . Later Marek vowed to fight ."
    )
    spans = [("Teodor Marek", "PERSON"), ("Ivo Anton Marek", "PERSON")]
    spans += [("Marek", "PERSON"), ("Marek", "PERSON")]
    got = _names(text, spans)
    assert got == [
        ("PERSON", "Teodor Marek"),
        ("PERSON", "Ivo Anton Marek"),
        ("PERSON", "Teodor Marek"),
        ("PERSON", "Teodor Marek"),
    ]


def test_two_people_of_a_surname_without_a_family_word_keep_the_nearest_before() -> None:
    text = "Ana Marek met Ivo Marek in Tarn . Marek said the deal was done ."
    spans = [("Ana Marek", "PERSON"), ("Ivo Marek", "PERSON"), ("Tarn", "GPE")]
    spans += [("Marek", "PERSON")]
    got = _names(text, spans)
    assert got[-1] == ("PERSON", "Ivo Marek")


def test_a_family_word_elsewhere_in_the_clause_makes_no_relative() -> None:
    text = (
        "Dana Vell chairs the flood board . Floods cut off schools , leaving children "
        "stranded , Governor Ivo Vell said . Vell ordered boats ."
    )
    spans = [("Dana Vell", "PERSON"), ("Ivo Vell", "PERSON"), ("Vell", "PERSON")]
    got = _names(text, spans)
    assert got == [("PERSON", "Dana Vell"), ("PERSON", "Ivo Vell"), ("PERSON", "Ivo Vell")]


def test_a_family_word_heading_the_phrase_before_a_name_makes_a_relative() -> None:
    text = "Dana Vell won the seat . Her son , Ivo Vell , ran the campaign . Vell thanked voters ."
    spans = [("Dana Vell", "PERSON"), ("Ivo Vell", "PERSON"), ("Vell", "PERSON")]
    got = _names(text, spans)
    assert got == [("PERSON", "Dana Vell"), ("PERSON", "Ivo Vell"), ("PERSON", "Dana Vell")]
