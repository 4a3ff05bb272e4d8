"""A bare surname shown for a person the article names in full (issue 14, class
truncated-name): a surname already written alone for one person before a second person of
it is named in full goes on naming the first. Names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_surname_written_for_the_son_stays_his_after_the_father_is_named() -> None:
    text = (
        "Ravi Quenby stays at Tarnwell . Quenby told his father , coach Oren Quenby , first . "
        "Father and son then met the board . Later Quenby said he was happy ."
    )
    spans = [("Ravi Quenby", "PERSON"), ("Tarnwell", "ORG"), ("Quenby", "PERSON")]
    spans += [("Oren Quenby", "PERSON"), ("Quenby", "PERSON")]
    got = _names(text, spans)
    assert got[-1] == ("PERSON", "Ravi Quenby")
    assert got[3] == ("PERSON", "Oren Quenby")


def test_the_second_person_named_in_the_sentence_before_is_the_lone_surname() -> None:
    text = (
        "Ravi Quenby stays at Tarnwell . Quenby smiled . Oren Quenby arrived . "
        "Quenby spoke of pride ."
    )
    spans = [("Ravi Quenby", "PERSON"), ("Tarnwell", "ORG"), ("Quenby", "PERSON")]
    spans += [("Oren Quenby", "PERSON"), ("Quenby", "PERSON")]
    assert _names(text, spans)[-1] == ("PERSON", "Oren Quenby")


def test_two_people_named_before_any_lone_surname_keep_the_nearest_before() -> None:
    # nothing established yet: the nearest full name before it, as before
    text = "Ana Marek met Ivo Marek in Tarn . Marek said the deal was done ."
    spans = [("Ana Marek", "PERSON"), ("Ivo Marek", "PERSON"), ("Tarn", "GPE")]
    spans += [("Marek", "PERSON")]
    assert _names(text, spans)[-1] == ("PERSON", "Ivo Marek")


def test_the_surname_used_first_right_after_one_of_two_names_stays_theirs() -> None:
    text = (
        "The body of Mara Quenby , 61 , was found on Tuesday . The man , Ravi Quenby , 35 , "
        "will be charged . Quenby was arrested at home . Mara Quenby had two children . "
        "Neighbours were shocked . Police searched the house . In 2005 , Quenby was "
        "convicted of assault ."
    )
    spans = [("Mara Quenby", "PERSON"), ("Ravi Quenby", "PERSON"), ("Quenby", "PERSON")]
    spans += [("Mara Quenby", "PERSON"), ("Quenby", "PERSON")]
    got = _names(text, spans)
    assert got[2] == ("PERSON", "Ravi Quenby")
    assert got[4] == ("PERSON", "Ravi Quenby")
