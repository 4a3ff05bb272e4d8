"""Names whose own words say their kind (issue 14, held-out reading after cfb0acf): a
company named for its trade, a news outlet, a possessive's tail, and a body's first word
typed a person. Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_company_named_for_its_trade_is_no_person() -> None:
    text = "Kessa Energy and Vell Mining cut jobs; Tarvo Petroleum said Kessa Energy lied."
    got = _names(
        text,
        [
            ("Kessa Energy", "PERSON"),
            ("Vell Mining", "PERSON"),
            ("Tarvo Petroleum", "PERSON"),
            ("Kessa Energy", "ORG"),
        ],
    )
    assert got == [
        ("ORG", "Kessa Energy"),
        ("ORG", "Vell Mining"),
        ("ORG", "Tarvo Petroleum"),
        ("ORG", "Kessa Energy"),
    ]


def test_a_surname_that_is_also_a_trade_word_stays_a_person() -> None:
    got = _names("Ada Power said the dam would hold.", [("Ada Power", "PERSON")])
    assert got == [("PERSON", "Ada Power")]


def test_a_news_outlet_typed_a_place_is_a_body() -> None:
    text = "He told Kessa News the dam was safe, a NewsNet reporter said. Newsham is quiet."
    got = _names(text, [("Kessa News", "GPE"), ("NewsNet", "GPE"), ("Newsham", "GPE")])
    assert got == [("ORG", "Kessa News"), ("ORG", "NewsNet"), ("GPE", "Newsham")]


def test_a_possessive_tail_is_no_name() -> None:
    text = "Editor's Note: Corin Vale wrote this piece. Editor ’s Note: none."
    got = _names(text, [("'s Note", "PERSON"), ("Corin Vale", "PERSON"), ("’s Note", "PERSON")])
    assert got == [("PERSON", "Corin Vale")]


def test_a_name_after_a_whole_possessive_stays() -> None:
    got = _names("Dorvan's Ada Vale won gold.", [("Dorvan", "GPE"), ("Ada Vale", "PERSON")])
    assert got == [("GPE", "Dorvan"), ("PERSON", "Ada Vale")]


def test_a_body_first_word_typed_a_person_is_the_body() -> None:
    text = "Harlow Mae raised its rates. Harlow said more rises would follow."
    got = _names(text, [("Harlow Mae", "ORG"), ("Harlow", "PERSON")])
    assert got == [("ORG", "Harlow Mae"), ("ORG", "Harlow Mae")]


def test_a_body_first_word_that_another_name_holds_stays_apart() -> None:
    # "Harlow" may be the person Cade Harlow or the town of Harlow Bay: no reading is sure
    text = "Harlow Mae raised its rates. Cade Harlow objected. Harlow said no."
    got = _names(text, [("Harlow Mae", "ORG"), ("Cade Harlow", "PERSON"), ("Harlow", "PERSON")])
    assert got[-1] == ("PERSON", "Cade Harlow")
    text = "Harlow Mae raised its rates near Harlow Bay. Harlow said no."
    got = _names(text, [("Harlow Mae", "ORG"), ("Harlow Bay", "LOC"), ("Harlow", "PERSON")])
    assert got[-1][1] == "Harlow"


def test_a_body_first_word_typed_a_place_stays_a_place() -> None:
    # a body may be named after its town ("Dorvan Mae" in Dorvan): a place reading stays
    text = "Dorvan Mae raised its rates. Dorvan was quiet."
    got = _names(text, [("Dorvan Mae", "ORG"), ("Dorvan", "GPE")])
    assert got[-1] == ("GPE", "Dorvan")


def test_a_work_named_as_a_body_is_a_body_and_its_acronym_joins_it() -> None:
    text = (
        "Claims went to the Tarvo Coast Claims Facility -LRB- TCCF -RRB- , which paid $ 3 "
        "million . The TCCF said more would follow ."
    )
    spans = [("Tarvo Coast Claims Facility", "WORK_OF_ART"), ("TCCF", "ORG"), ("TCCF", "ORG")]
    assert _names(text, spans) == [("ORG", "Tarvo Coast Claims Facility")] * 3
    # a broadcast programme keeps its type
    text = "He spoke to the Money Hour Programme on Tuesday ."
    assert _names(text, [("Money Hour Programme", "WORK_OF_ART")]) == [
        ("WORK_OF_ART", "Money Hour Programme")
    ]


def test_a_natural_place_named_with_its_kind_and_of_is_a_place() -> None:
    text = "Mr Vell attended the Isle of Tarn boat race . The Isle of Tarn outing angered critics ."
    got = _names(text, [("the Isle of Tarn", "ORG"), ("The Isle of Tarn", "ORG")])
    assert got == [("LOC", "Isle of Tarn"), ("LOC", "Isle of Tarn")]
    # a bank of a place is a body
    assert _names("The Bank of Tarn raised rates .", [("The Bank of Tarn", "ORG")]) == [
        ("ORG", "Bank of Tarn")
    ]
