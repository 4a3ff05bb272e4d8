"""Two names the recogniser read as one person's because a headline's last word ran into
the report's first ("lowered by Velmont Quarrow must now pay"): each word is written alone as a
name, the last mostly as no person, so the two are two names (run_on_names.py). Texts and
names invented; recogniser mentions written by hand."""

from __future__ import annotations

from entity_spans import names

HEADLINE_RUN_IN = (
    "Outlook on Quarrow lowered by Velmont Quarrow must now pay more to borrow , traders say . "
    "Velmont Ratings said on Tuesday that Quarrow faced more claims . Velmont said Quarrow "
    "could pay . Quarrow said it had the cash . Velmont expects more cuts ."
)
HEADLINE_SPANS = [
    ("Quarrow", "ORG"),
    ("Velmont Quarrow", "PERSON"),
    ("Velmont Ratings", "ORG"),
    ("Quarrow", "ORG"),
    ("Velmont", "PERSON"),
    ("Quarrow", "ORG"),
    ("Quarrow", "ORG"),
    ("Velmont", "PERSON"),
]


def test_two_names_each_written_alone_are_no_persons_name() -> None:
    found = names(HEADLINE_RUN_IN, HEADLINE_SPANS)
    # the body read alone throughout keeps every one of its mentions, none a person's
    assert found.count(("ORG", "Quarrow")) == 5
    assert not any(name == "Velmont Quarrow" for _label, name in found)


def test_a_full_name_whose_surname_is_read_a_person_stays_whole() -> None:
    text = (
        "Hana Brill won the vote on Sunday . Hana thanked her staff , and Brill said the "
        "result was clear . Hana and her husband left early . Brill will speak on Monday ."
    )
    spans = [
        ("Hana Brill", "PERSON"),
        ("Hana", "PERSON"),
        ("Brill", "PERSON"),
        ("Hana", "PERSON"),
        ("Brill", "PERSON"),
    ]
    assert ("PERSON", "Hana Brill") in names(text, spans)
    assert names(text, spans).count(("PERSON", "Hana Brill")) >= 3


def test_a_surname_typed_a_body_stays_the_persons_when_the_given_name_is_not_alone() -> None:
    text = (
        "Maren Tollend lost the vote . Tollend 's party said it would regroup , and "
        "Tollend 's allies blamed the weather ."
    )
    spans = [("Maren Tollend", "PERSON"), ("Tollend", "ORG"), ("Tollend", "ORG")]
    assert names(text, spans)[0] == ("PERSON", "Maren Tollend")


def test_a_conjunction_inside_a_name_opens_a_clause_the_name_after_it_starts() -> None:
    text = (
        "Updated 11:04 Share As Quarrow 's pumps fail , farmers ask for water . Quarrow said "
        "it would fix them ."
    )
    found = names(text, [("Share As Quarrow 's", "FAC"), ("Quarrow", "ORG")])
    assert found == [("ORG", "Quarrow"), ("ORG", "Quarrow")]


def test_the_arabic_article_as_inside_a_place_name_stays() -> None:
    text = "Rebels took Ras As Sulmar on Friday , and Ras As Sulmar fell quiet ."
    found = names(text, [("Ras As Sulmar", "GPE"), ("Ras As Sulmar", "GPE")])
    assert found == [("GPE", "Ras As Sulmar")] * 2
