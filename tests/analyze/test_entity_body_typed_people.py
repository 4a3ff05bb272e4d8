"""A full name the recogniser typed a body everywhere while it typed the surname alone a
person (issue 14, class truncated-name: every "Quenby said" shown bare). Names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_full_name_typed_a_body_is_the_person_its_surname_names() -> None:
    text = (
        "Marisol Quenby dolls sold well . Quenby was born in Tarn . The Marisol Quenby "
        "look lasted . Quenby said she never looked back ."
    )
    spans = [("Marisol Quenby", "ORG"), ("Quenby", "PERSON"), ("Tarn", "GPE")]
    spans += [("Marisol Quenby", "ORG"), ("Quenby", "PERSON")]
    got = _names(text, spans)
    assert got == [
        ("PERSON", "Marisol Quenby"),
        ("PERSON", "Marisol Quenby"),
        ("GPE", "Tarn"),
        ("PERSON", "Marisol Quenby"),
        ("PERSON", "Marisol Quenby"),
    ]


def test_a_body_whose_last_word_is_a_person_named_in_full_stays_a_body() -> None:
    # "Vell" is Dana Vell's surname: the body named after a Vell is not her
    text = (
        "Dana Vell joined Harlow Vell . Vell said the firm grew . Harlow Vell hired staff . "
        "Vell left ."
    )
    spans = [("Dana Vell", "PERSON"), ("Harlow Vell", "ORG"), ("Vell", "PERSON")]
    spans += [("Harlow Vell", "ORG"), ("Vell", "PERSON")]
    got = _names(text, spans)
    assert got[1] == ("ORG", "Harlow Vell")
    assert got[3] == ("ORG", "Harlow Vell")


def test_a_body_with_a_kind_word_or_a_surname_written_once_stays_a_body() -> None:
    text = "The Quenby Council met . Quenby said the vote was close ."
    spans = [("Quenby Council", "ORG"), ("Quenby", "PERSON")]
    assert _names(text, spans)[0] == ("ORG", "Quenby Council")
    text = "Marisol Quenby dolls sold well . Quenby said she never looked back ."
    spans = [("Marisol Quenby", "ORG"), ("Quenby", "PERSON")]
    assert _names(text, spans)[0] == ("ORG", "Marisol Quenby")


def test_a_title_holding_the_full_name_stays_a_body() -> None:
    text = (
        "Marisol Quenby dolls sold well . Quenby was born in Tarn . The film Wicked Marisol "
        "Quenby opened . Quenby said she never saw it ."
    )
    spans = [("Marisol Quenby", "ORG"), ("Quenby", "PERSON"), ("Tarn", "GPE")]
    spans += [("Wicked Marisol Quenby", "ORG"), ("Quenby", "PERSON")]
    got = _names(text, spans)
    assert got[0] == ("PERSON", "Marisol Quenby")
    assert got[3] == ("ORG", "Wicked Marisol Quenby")
    assert got[4] == ("PERSON", "Marisol Quenby")


def test_a_headline_full_name_typed_a_body_is_the_person_named_so_below() -> None:
    text = (
        "Marisol Quenby leads Velm past Tarn\nQuenby threw two passes . `` We were lucky , '' "
        "Quenby said . Later Marisol Quenby rested ."
    )
    spans = [("Marisol Quenby", "ORG"), ("Velm", "ORG"), ("Tarn", "ORG"), ("Quenby", "PERSON")]
    spans += [("Quenby", "PERSON"), ("Marisol Quenby", "PERSON")]
    got = _names(text, spans)
    assert got[0] == ("PERSON", "Marisol Quenby")
    assert got[3] == ("PERSON", "Marisol Quenby")
