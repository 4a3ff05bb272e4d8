"""A name typed a person that the text writes in a chain of places, set off after "in", or
as the place a summit is named after, is a place (issue 14, reading 15: a county, a base
and a conference town typed PERSON). Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_county_after_a_town_and_a_comma_is_a_place() -> None:
    text = (
        "He came from Dorrington , Kelsey , and was single . "
        "Abuse at a camp , in Kelsey , is rife ."
    )
    spans = [("Dorrington", "GPE"), ("Kelsey", "PERSON"), ("Kelsey", "PERSON")]
    assert _names(text, spans) == [("GPE", "Dorrington"), ("GPE", "Kelsey"), ("GPE", "Kelsey")]


def test_a_town_before_a_comma_and_its_state_is_a_place_with_all_its_mentions() -> None:
    text = (
        "The system set up at Harlow Woods , N.H. , in 1944 is dead . "
        "Harlow Woods also created a fund . Leaders want a new Harlow Woods summit ."
    )
    spans = [("Harlow Woods", "PERSON"), ("N.H.", "GPE"), ("Harlow Woods", "PERSON")]
    spans += [("Harlow Woods", "PERSON")]
    got = _names(text, spans)
    assert [n for n in got if n[1] == "Harlow Woods"] == [("GPE", "Harlow Woods")] * 3


def test_a_summit_named_after_a_place_says_a_place() -> None:
    text = "Europe pressed for a new Tarrow Vale summit . Tarrow Vale was chosen ."
    spans = [("Tarrow Vale", "PERSON"), ("Tarrow Vale", "PERSON")]
    assert _names(text, spans) == [("GPE", "Tarrow Vale")] * 2


def test_a_base_typed_a_site_in_a_chain_gives_its_type_to_its_person_mentions() -> None:
    text = (
        "Maj. Ola Brenn was welcomed home at RAF Stannick , England , on March 26 . "
        "He was later sent home to RAF Stannick , where friends waited ."
    )
    spans = [("Ola Brenn", "PERSON"), ("RAF Stannick", "FAC"), ("England", "GPE")]
    spans += [("RAF Stannick", "PERSON")]
    got = _names(text, spans)
    assert got == [
        ("PERSON", "Ola Brenn"),
        ("FAC", "RAF Stannick"),
        ("GPE", "England"),
        ("FAC", "RAF Stannick"),
    ]


def test_people_in_a_list_after_a_place_stay_people() -> None:
    # an appositive after the name, a verb of saying or a full name elsewhere: a person
    text = (
        "Talks in Parvo , Vale , the envoy , went on . In Kestria , Marrin , said aides , "
        "was absent ; Marrin said no . They met in Dorvan , Ana Lusk , and Tibor ."
    )
    spans = [("Parvo", "GPE"), ("Vale", "PERSON"), ("Kestria", "GPE"), ("Marrin", "PERSON")]
    spans += [("Marrin", "PERSON"), ("Dorvan", "GPE"), ("Ana Lusk", "PERSON")]
    got = _names(text, spans)
    assert ("PERSON", "Vale") in got and ("PERSON", "Marrin") in got
    assert ("PERSON", "Ana Lusk") in got


def test_a_base_typed_a_person_is_not_cut_to_a_surname_of_itself() -> None:
    # the capitals before "Stannick" are a credit only before the surname of someone the
    # article names in full; the base's own name typed a person is no such person
    text = "Jets flew to RAF Stannick on Monday . RAF Stannick is near the coast ."
    got = _names(text, [("RAF Stannick", "PERSON"), ("RAF Stannick", "PERSON")])
    assert [name for _, name in got] == ["RAF Stannick", "RAF Stannick"]


def test_a_name_with_a_bearing_after_it_is_a_place() -> None:
    text = (
        "Rebels fought at al-Kessa , east of Tarn Bay . Al-Kessa fell . Vell , 40 km south "
        "of Tarn , was shelled . Mara Dunn , west of the river , hid ."
    )
    spans = [("al-Kessa", "ORG"), ("Tarn Bay", "LOC"), ("Vell", "PERSON"), ("Tarn", "GPE")]
    spans += [("Mara Dunn", "PERSON")]
    got = _names(text, spans)
    # a person's name before a bearing from a common noun ("west of the river") stays
    assert got == [
        ("GPE", "al-Kessa"),
        ("LOC", "Tarn Bay"),
        ("GPE", "Vell"),
        ("GPE", "Tarn"),
        ("PERSON", "Mara Dunn"),
    ]


def test_a_lone_word_typed_a_person_after_a_school_and_a_comma_is_its_town() -> None:
    text = (
        "Stood first in BA , Tarn University , Kellby , 1952 ; and at Kellby Bank , Orrin ; "
        "MA , Vell College , Orsk ."
    )
    got = _names(
        text,
        [
            ("Tarn University", "ORG"),
            ("Kellby", "PERSON"),
            ("Kellby Bank", "ORG"),
            ("Orrin", "ORG"),
            ("Vell College", "ORG"),
            ("Orsk", "ORG"),
        ],
    )
    # after a bank's name the lone word stays as typed: only a school stands in a town so
    assert got == [
        ("ORG", "Tarn University"),
        ("GPE", "Kellby"),
        ("ORG", "Kellby Bank"),
        ("ORG", "Orrin"),
        ("ORG", "Vell College"),
        ("GPE", "Orsk"),
    ]


def test_a_lone_name_after_in_opening_a_sentence_and_before_a_comma_is_a_place() -> None:
    text = (
        "The assault went on after dark . In Kessa , on the eastern front , rebels held on . "
        "Crowds gathered at the Kessa terminal . In Vorn 's view it was lost ."
    )
    spans = [("Kessa", "PERSON"), ("Kessa", "PERSON"), ("Vorn", "PERSON")]
    assert _names(text, spans) == [("GPE", "Kessa"), ("GPE", "Kessa"), ("PERSON", "Vorn")]
