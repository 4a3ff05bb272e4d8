"""Rank and office abbreviations before a name (issue 14): "Pte", "Cpl", "Det Insp", "Lt
Col" are no part of the name and no entity of their own. Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names

from storyline.analyze.entities.roles import split_title


def test_a_rank_abbreviation_in_the_span_is_cut_and_the_surname_finds_the_full_name() -> None:
    text = "Pte Daniel Orrick was killed. Sgt Ada Pruett said Pte Orrick was brave."
    got = _names(
        text,
        [("Daniel Orrick", "PERSON"), ("Ada Pruett", "PERSON"), ("Pte Orrick", "PERSON")],
    )
    assert got == [
        ("PERSON", "Daniel Orrick"),
        ("PERSON", "Ada Pruett"),
        ("PERSON", "Daniel Orrick"),
    ]


def test_a_rank_before_a_name_typed_a_body_says_a_person() -> None:
    got = _names("Cpl Ivo Marsh was hurt.", [("Cpl Ivo Marsh", "ORG")])
    assert got == [("PERSON", "Ivo Marsh")]


def test_ranks_cut_off_from_the_name_are_no_entity() -> None:
    text = "Det Insp Carla Nunn and Lt Col Hari Vosk spoke."
    got = _names(
        text,
        [
            ("Det Insp", "PERSON"),
            ("Carla Nunn", "PERSON"),
            ("Lt Col", "ORG"),
            ("Hari Vosk", "PERSON"),
        ],
    )
    assert got == [("PERSON", "Carla Nunn"), ("PERSON", "Hari Vosk")]


def test_a_lone_abbreviation_typed_a_place_stays() -> None:
    got = _names("Sales of the PC grew.", [("PC", "ORG")])
    assert got == [("ORG", "PC")]


def test_runs_of_ranks_are_cut_but_a_given_name_that_opens_a_rank_stays() -> None:
    assert split_title("Det Ch Insp Carla Nunn")[0] == "Carla Nunn"
    assert split_title("Detective Insp Carla Nunn") == ("Carla Nunn", "Detective")
    assert split_title("Lance Cpl Ivo Marsh")[0] == "Ivo Marsh"
    assert split_title("Staff Sgt. Eli Rusk")[0] == "Eli Rusk"
    assert split_title("Flt Lt Ana Vell")[0] == "Ana Vell"
    assert split_title("Private Ben Orrin") == ("Ben Orrin", "Private")
    assert split_title("Lance Verrow") == ("Lance Verrow", None)
    assert split_title("Con Dalby") == ("Con Dalby", None)


def test_a_rank_in_full_before_a_name_typed_a_body_says_a_person() -> None:
    text = "Lance Corporal Ivo Marsh died. Lance Cpl Marsh had served twice."
    got = _names(text, [("Lance Corporal Ivo Marsh", "ORG"), ("Lance Cpl Marsh", "PERSON")])
    assert got == [("PERSON", "Ivo Marsh"), ("PERSON", "Ivo Marsh")]


def test_a_body_named_with_a_rank_stays_a_body() -> None:
    text = "Admiral Insurance Group and General Tarn Motors gained."
    got = _names(text, [("Admiral Insurance Group", "ORG"), ("General Tarn Motors", "ORG")])
    assert got == [("ORG", "Admiral Insurance Group"), ("ORG", "General Tarn Motors")]


def test_a_rank_in_full_before_a_lone_surname_is_a_role_whatever_the_type() -> None:
    # the article never gives the soldier's first name; one mention read as a body
    text = "Lance Corporal Brell, 24, died in Tarvo. Lance Corporal Brell's unit mourned."
    got = _names(
        text,
        [("Lance Corporal Brell", "PERSON"), ("Tarvo", "GPE"), ("Lance Corporal Brell", "ORG")],
    )
    assert got == [("PERSON", "Brell"), ("GPE", "Tarvo"), ("PERSON", "Brell")]
    assert _names("Sergeant Ames was hurt.", [("Sergeant Ames", "GPE")]) == [("PERSON", "Ames")]


def test_a_rank_word_opening_a_body_or_a_work_before_one_word_is_no_rank() -> None:
    text = "He wrote for Private Eye. Major League teams met. General Motors fell."
    spans = [("Private Eye", "ORG"), ("Major League", "ORG"), ("General Motors", "ORG")]
    assert _names(text, spans) == [
        ("ORG", "Private Eye"),
        ("ORG", "Major League"),
        ("ORG", "General Motors"),
    ]
