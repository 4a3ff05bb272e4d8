"""Datelines, bylines, glued words and run-on demonyms at mention edges (entities/edges.py)."""

from __future__ import annotations

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.edges import repair_edges


def _raw(text: str, surface: str, label: str, nth: int = 0) -> RawMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return RawMention(start, start + len(surface), label)


def _surfaces(text: str, raw: list[RawMention]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in repair_edges(text, raw)]


def test_a_dateline_with_an_agency_is_no_entity() -> None:
    text = "PORTOVELL (Wirepress) - The mill in Portovell closed on Monday."
    raw = [_raw(text, "PORTOVELL", "GPE"), _raw(text, "Portovell", "GPE")]
    assert _surfaces(text, raw) == [("Portovell", "GPE")]


def test_a_dateline_starting_a_line_is_no_entity_but_capitals_in_a_sentence_are() -> None:
    text = "Story\nDORVAN -- Talks resumed.\nThey met the KDR -- and the DORVAN -- envoys."
    raw = [_raw(text, "DORVAN", "GPE"), _raw(text, "DORVAN", "GPE", 1)]
    assert _surfaces(text, raw) == [("DORVAN", "GPE")]


def test_a_byline_run_into_a_dateline_in_capitals_is_cut_at_the_capitals() -> None:
    text = "By Lena Marsh and Tomas Ivel PORTO VELL , May 3 -LRB- Wirepress -RRB- - Rain fell."
    raw = [_raw(text, "Lena Marsh", "PERSON"), _raw(text, "Tomas Ivel PORTO", "PERSON")]
    assert _surfaces(text, raw) == [("Lena Marsh", "PERSON"), ("Tomas Ivel", "PERSON")]


def test_a_name_with_a_roman_numeral_or_written_in_capitals_keeps_its_words() -> None:
    text = "Carl Wendt III met ANNA BERG."
    raw = [_raw(text, "Carl Wendt III", "PERSON"), _raw(text, "ANNA BERG", "PERSON")]
    assert _surfaces(text, raw) == [("Carl Wendt III", "PERSON"), ("ANNA BERG", "PERSON")]


def test_a_lower_case_word_glued_to_a_person_is_cut_but_a_name_particle_is_kept() -> None:
    text = "After the exit Olek Brand spoke; later ibn Tariq Halvi and van Dorn did."
    raw = [
        _raw(text, "exit Olek Brand", "PERSON"),
        _raw(text, "ibn Tariq Halvi", "PERSON"),
        _raw(text, "van Dorn", "PERSON"),
    ]
    assert _surfaces(text, raw) == [
        ("Olek Brand", "PERSON"),
        ("ibn Tariq Halvi", "PERSON"),
        ("van Dorn", "PERSON"),
    ]


def test_a_demonym_run_onto_a_name_is_its_own_mention() -> None:
    text = "Rebels regroup in Port Vell Dorvanian government says. Dorvanian troops left."
    raw = [_raw(text, "Port Vell Dorvanian", "PERSON"), _raw(text, "Dorvanian", "NORP", 1)]
    assert _surfaces(text, raw) == [
        ("Port Vell", "PERSON"),
        ("Dorvanian", "NORP"),
        ("Dorvanian", "NORP"),
    ]


def test_a_place_ends_a_name_only_when_the_rest_is_written_alone() -> None:
    text = "Ana Maria Kelso met Rob Tenn. Rob Tenn Kelso spoke. Kelso is a town."
    raw = [
        _raw(text, "Ana Maria Kelso", "PERSON"),
        _raw(text, "Rob Tenn", "PERSON"),
        _raw(text, "Rob Tenn Kelso", "PERSON"),
        _raw(text, "Kelso", "GPE", 2),
    ]
    assert _surfaces(text, raw) == [
        ("Ana Maria Kelso", "PERSON"),
        ("Rob Tenn", "PERSON"),
        ("Rob Tenn", "PERSON"),
        ("Kelso", "GPE"),
        ("Kelso", "GPE"),
    ]


def test_a_person_with_a_digit_is_no_person() -> None:
    text = "The K7R2 strain spread."
    assert _surfaces(text, [_raw(text, "K7R2", "PERSON")]) == [("K7R2", "PRODUCT")]


def test_a_place_followed_by_a_companys_nouns_is_a_company() -> None:
    text = (
        "Dorvex profits rose. Dorvex 's share price fell. Dorvex built the rig. "
        "Kelmar profits rose in Kelmar. Kelmar shares fell. Marlo profits rose."
    )
    raw = [_raw(text, "Dorvex", "GPE", i) for i in range(3)]
    raw += [_raw(text, "Kelmar", "GPE", i) for i in range(3)]
    raw += [_raw(text, "Marlo", "GPE")]
    labels = [label for _, label in _surfaces(text, raw)]
    assert labels == ["ORG"] * 3 + ["GPE"] * 3 + ["GPE"]


def test_a_surname_in_capitals_with_no_dateline_after_it_is_kept() -> None:
    text = "The plan, said Jean-Luc DURAND on Monday, is ready. Ana Ruiz LIMA , May 3 - Rain."
    raw = [_raw(text, "Jean-Luc DURAND", "PERSON"), _raw(text, "Ana Ruiz LIMA", "PERSON")]
    assert _surfaces(text, raw) == [("Jean-Luc DURAND", "PERSON"), ("Ana Ruiz", "PERSON")]


def test_a_capitalised_word_left_between_the_and_a_name_is_the_names_first_word() -> None:
    text = (
        "Workers left the Kestrel Dawn rig. The Mirren Herald said the Foreign Office and "
        "the Egyptian Dorvan office agreed; the President Vale decree stood."
    )
    raw = [
        _raw(text, "Dawn", "LOC"),
        _raw(text, "Herald", "ORG"),
        _raw(text, "Office", "ORG"),
        _raw(text, "Egyptian", "NORP"),
        _raw(text, "Dorvan", "GPE"),
        _raw(text, "Vale", "PERSON"),
    ]
    assert _surfaces(text, raw) == [
        ("Kestrel Dawn", "LOC"),
        ("Mirren Herald", "ORG"),
        ("Foreign Office", "ORG"),
        ("Egyptian", "NORP"),
        ("Dorvan", "GPE"),  # the word before is a mention of its own (and a demonym)
        ("Vale", "PERSON"),  # people's titles are read as roles elsewhere
    ]


def test_a_headline_verb_run_onto_the_name_it_opens_with_is_cut() -> None:
    text = "Kowalski Warns Of Slow Recovery\nMinister Piotr Kowalski spoke on Monday."
    raw = [_raw(text, "Kowalski Warns", "PERSON"), _raw(text, "Piotr Kowalski", "PERSON")]
    assert _surfaces(text, raw) == [("Kowalski", "PERSON"), ("Piotr Kowalski", "PERSON")]


def test_a_name_ending_in_s_in_running_text_or_unknown_alone_is_kept() -> None:
    # "Ana Reyes" runs on in lower case; "Tomas Ivel" is not written alone: both are kept
    text = "Ana met Ana Reyes on Monday. Tomas Ivel Says Nothing was the headline."
    raw = [
        _raw(text, "Ana", "PERSON"),
        _raw(text, "Ana Reyes", "PERSON"),
        _raw(text, "Tomas Ivel Says", "PERSON"),
    ]
    assert _surfaces(text, raw)[1:] == [("Ana Reyes", "PERSON"), ("Tomas Ivel Says", "PERSON")]


def test_a_fact_box_label_run_onto_a_name_is_cut() -> None:
    # "Size:" opens the box's next row; a two-word name before a colon ("World Cup: 3
    # things") keeps its words
    text = "Built in 2001 by Dalvik Heavy Works Yard Size : 396ft\nThe Tarn Cup: 3 things."
    raw = [_raw(text, "Dalvik Heavy Works Yard Size", "ORG"), _raw(text, "The Tarn Cup", "EVENT")]
    assert _surfaces(text, raw) == [("Dalvik Heavy Works Yard", "ORG"), ("The Tarn Cup", "EVENT")]


def test_a_dateline_typed_a_body_or_person_is_no_entity_on_a_header_or_agency() -> None:
    text = (
        "KESTROVA , Delvania | Tue May 4 , 2010 9:31 pm EDT KESTROVA , Delvania (Wirepress) - "
        "Owners sued Tarvo Mining."
    )
    raw = [
        _raw(text, "KESTROVA", "ORG"),
        _raw(text, "KESTROVA", "PERSON", 1),
        _raw(text, "Tarvo Mining", "ORG"),
    ]
    assert _surfaces(text, raw) == [("Tarvo Mining", "ORG")]


def test_a_body_in_capitals_opening_a_line_before_a_dash_is_kept() -> None:
    text = "Story\nNATO -- the alliance -- met.\nThe KDRA (the union) spoke."
    raw = [_raw(text, "NATO", "ORG"), _raw(text, "KDRA", "ORG")]
    assert _surfaces(text, raw) == [("NATO", "ORG"), ("KDRA", "ORG")]


def test_a_place_cut_after_its_first_word_is_the_longer_name_the_article_writes() -> None:
    text = (
        "A deputy was shot outside a Velmari Gardens apartment. Deputies searched "
        "Velmari Gardens all night. Velmari families grieved. Velmari Gardenside fell."
    )
    raw = [
        _raw(text, "Velmari", "NORP"),
        _raw(text, "Velmari Gardens", "LOC", 1),
        _raw(text, "Velmari", "NORP", 2),
        _raw(text, "Velmari", "NORP", 3),
    ]
    assert _surfaces(text, raw) == [
        ("Velmari Gardens", "LOC"),
        ("Velmari Gardens", "LOC"),
        ("Velmari", "NORP"),
        ("Velmari", "NORP"),  # "Velmari Gardenside": no name the article writes
    ]
