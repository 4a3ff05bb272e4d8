"""A company named after a family and a person of that family in one article (session
46): the bare word goes to the company where the text uses it as one, stays the person's
where it is used as a person, and the article's uncued uses follow only when every cued
one is the company's. Invented names."""

from __future__ import annotations

from entity_spans import mentions as _mentions

from storyline.analyze.entities import canonicalize

_COMPANY = "Quenby Motor Company"
_PERSON = "William Clay Quenby Jr."


def _read(text: str, lone: int) -> list[tuple[str, str]]:
    spans = [(_COMPANY, "ORG"), (_PERSON, "PERSON")] + [("Quenby", "PERSON")] * lone
    return [(m.label, m.canonical or m.text) for m in canonicalize(text, _mentions(text, spans))]


def test_a_lone_word_used_as_the_company_is_the_company_not_its_chairman() -> None:
    text = (
        "Quenby Motor Company will cut 2,000 jobs . William Clay Quenby Jr. , its chairman , "
        "spoke . Quenby said it would close a plant . Shares of Quenby fell . "
        "Quenby 's shares have lost a third . Quenby also expects a loss ."
    )
    out = _read(text, 4)
    assert out[2:] == [("ORG", _COMPANY)] * 4


def test_a_lone_word_used_as_a_person_stays_the_person() -> None:
    text = (
        "Quenby Motor Company will cut 2,000 jobs . William Clay Quenby Jr. , its chairman , "
        "spoke . Quenby said he regretted the cuts . Quenby , who is 60 , wept ."
    )
    assert _read(text, 2)[2:] == [("PERSON", _PERSON)] * 2


def test_uncued_uses_stay_the_persons_when_the_cues_disagree() -> None:
    text = (
        "Quenby Motor Company will cut 2,000 jobs . William Clay Quenby Jr. , its chairman , "
        "spoke . Shares of Quenby fell . Quenby said he was sorry . Quenby spoke at noon ."
    )
    assert _read(text, 3)[2:] == [("ORG", _COMPANY), ("PERSON", _PERSON), ("PERSON", _PERSON)]


def test_a_body_that_is_no_company_leaves_the_surname_alone() -> None:
    text = (
        "The Quenby Foundation gave a grant . William Clay Quenby Jr. , its founder , spoke . "
        "Quenby said it would help ."
    )
    spans = [("Quenby Foundation", "ORG"), (_PERSON, "PERSON"), ("Quenby", "PERSON")]
    out = canonicalize(text, _mentions(text, spans))
    assert (out[2].label, out[2].canonical) == ("PERSON", _PERSON)
