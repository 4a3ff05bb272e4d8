"""A company's other forms in one article (session 46): an event, a building or a fund
named after a company does not take the company's bare name; a designator joined by "&"
("& Co.") and a lender's name without its last word ("Tarnby Savings" of "Tarnby Savings
Bank") are the company. Invented names."""

from __future__ import annotations

from entity_spans import mentions as _mentions

from storyline.analyze.entities import canonicalize
from storyline.analyze.entities.designators import without_designators


def test_an_event_named_after_a_company_does_not_take_its_bare_name() -> None:
    text = (
        "Velmar showed a phone at the Velmar Developers Conference . Velmar said demand was "
        "strong . The Velmar Relief Fund gave money . Velmar gave more ."
    )
    spans = [
        ("Velmar", "ORG"),
        ("Velmar Developers Conference", "ORG"),
        ("Velmar", "ORG"),
        ("Velmar Relief Fund", "ORG"),
        ("Velmar", "ORG"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert [m.canonical or m.text for m in out] == [
        "Velmar",
        "Velmar Developers Conference",
        "Velmar",
        "Velmar Relief Fund",
        "Velmar",
    ]


def test_a_company_body_still_takes_its_first_word() -> None:
    text = "Carver Holdings cut jobs . Carver said it was sorry ."
    out = canonicalize(text, _mentions(text, [("Carver Holdings", "ORG"), ("Carver", "ORG")]))
    assert out[1].canonical == "Carver Holdings"


def test_a_designator_joined_by_an_ampersand_goes_with_it() -> None:
    assert without_designators("Harlow Jones & Co.") == "Harlow Jones"
    assert without_designators("Harlow and Company") == "Harlow"
    assert without_designators("Tarn & Vell") == "Tarn & Vell"


def test_a_lenders_leading_words_are_the_lender() -> None:
    text = (
        "Tarnby Savings Bank sold its branches to First Velmar Bank . Tarnby Savings said "
        "costs fell . Tarnby said it would keep two offices ."
    )
    spans = [
        ("Tarnby Savings Bank", "ORG"),
        ("First Velmar Bank", "ORG"),
        ("Tarnby Savings", "ORG"),
        ("Tarnby", "PERSON"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert [(m.label, m.canonical) for m in out[2:]] == [("ORG", "Tarnby Savings Bank")] * 2


def test_a_bodys_leading_words_stay_when_two_companies_start_so() -> None:
    text = "Tarnby Savings Bank and Tarnby Savings Group merged . Tarnby Savings said costs fell ."
    spans = [
        ("Tarnby Savings Bank", "ORG"),
        ("Tarnby Savings Group", "ORG"),
        ("Tarnby Savings", "ORG"),
    ]
    out = canonicalize(text, _mentions(text, spans))
    assert out[2].canonical == "Tarnby Savings"
    # the group, named "Tarnby Savings" once its kind word is cut, is a body of its own, not
    # the bank's short form (two join rules merged in one session met here)
    assert out[1].canonical != "Tarnby Savings Bank"


def test_a_company_written_after_its_leading_legal_form_is_that_company() -> None:
    text = (
        "The bank held 10 percent of Cie. de Navigation Velmaroise . Navigation Velmaroise "
        "said it was not told ."
    )
    spans = [("Cie. de Navigation Velmaroise", "ORG"), ("Navigation Velmaroise", "PERSON")]
    out = canonicalize(text, _mentions(text, spans))
    assert (out[1].label, out[1].canonical) == ("ORG", "Cie. de Navigation Velmaroise")


def test_a_parents_name_is_not_its_subsidiarys_short_form() -> None:
    text = "Velmar Motors Credit Co. sold bonds . Velmar Motors said it would help ."
    spans = [("Velmar Motors Credit Co.", "ORG"), ("Velmar Motors", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert out[1].canonical == "Velmar Motors"


def test_a_company_written_with_its_legal_form_is_not_its_banks_short_form() -> None:
    text = "Velmar Texas National Bank lost money . Velmar Corp. , its parent , gained ."
    spans = [("Velmar Texas National Bank", "ORG"), ("Velmar Corp.", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert out[1].canonical == "Velmar"


def test_a_designator_alone_leaves_the_company_named_bare() -> None:
    text = "Harlow Jones & Co. extended its offer . Harlow Jones said the offer was fair ."
    spans = [("Harlow Jones & Co.", "ORG"), ("Harlow Jones", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert [m.canonical for m in out] == ["Harlow Jones", "Harlow Jones"]


def test_a_company_written_with_its_legal_form_inside_a_longer_name_is_it() -> None:
    text = "Velmar Corp. International buried more . Velmar Corp. said profit rose ."
    spans = [("Velmar Corp. International", "ORG"), ("Velmar Corp.", "ORG")]
    out = canonicalize(text, _mentions(text, spans))
    assert out[1].canonical == "Velmar Corp. International"
