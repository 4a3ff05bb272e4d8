"""Names the small model reads wrongly in general ways, on texts written for these tests
(names invented): a common word opening a sentence read as a person, a surname or a
country's name it read once and then missed, a phone company typed a person."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, EntityMention


def _entities(text: str) -> list[EntityMention]:
    return list(Pipeline(["sentences", "entities"]).run(Article(id="a", text=text)).entities)


_ELECTION = (
    "Voters in Dessany went to the polls on Sunday in an election between Prime Minister "
    "Maren Tollend and opposition leader Lukas Vennard. Turnout was 61 percent by midday, "
    "the electoral commission said. Tollend told reporters in the capital that she expected "
    "to win. Lukas Vennard said Dessany needed change. Dessany has been governed by "
    "Tollend's party for eight years."
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Voters in Dessany went to the polls on Sunday. Turnout was 61 percent by "
            "midday, the electoral commission said.",
            "Turnout",
        ),
        ("Attendance was low at the rally in Kellby on Saturday.", "Attendance"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(text: str, word: str) -> None:
    found = _entities(text)
    assert not [e for e in found if e.text == word], [(e.text, e.label) for e in found]


def test_a_given_name_opening_a_sentence_stays_a_person() -> None:
    text = "John and Sonia Amick normally fish for snapper off Tarrow Point in the spring."
    found = _entities(text)
    assert [e.label for e in found if e.text == "John"] == ["PERSON"], [
        (e.text, e.label) for e in found
    ]


def test_a_surname_the_recogniser_missed_is_the_person_named_in_full() -> None:
    found = _entities(_ELECTION)
    at = _ELECTION.index("Tollend told")
    hit = [e for e in found if e.start == at]
    assert [(e.text, e.label, e.canonical) for e in hit] == [
        ("Tollend", "PERSON", "Maren Tollend")
    ], [(e.text, e.label, e.start) for e in found]


def test_a_lone_name_read_twice_is_read_where_written_again() -> None:
    text = (
        "Voters in Dessany went to the polls on Sunday. Lukas Vennard said Dessany needed "
        "change. Dessany has been governed by the same party for eight years. Observers "
        "from Kellmark said the vote in Dessany was fair."
    )
    found = _entities(text)
    places = [e for e in found if e.text == "Dessany"]
    assert len(places) == 4, [(e.text, e.label, e.start) for e in found]
    assert {e.label for e in places} == {"GPE"}


def test_a_lone_name_read_once_is_not_copied() -> None:
    text = (
        "Voters in Dessany went to the polls on Sunday. Lukas Vennard said Dessany needed change."
    )
    found = _entities(text)
    assert len([e for e in found if e.text == "Dessany"]) == 1, [(e.text, e.label) for e in found]


def test_a_surname_that_is_a_common_word_stays_a_person_before_a_speech_verb() -> None:
    text = (
        "Talks resumed on Monday. Rice said the offer was fair. "
        "Negotiators met again on Tuesday in Ostrel."
    )
    found = _entities(text)
    assert [e.label for e in found if e.text == "Rice"] == ["PERSON"], [
        (e.text, e.label) for e in found
    ]


def test_a_capitalised_word_beside_another_is_not_cut_to_a_surname() -> None:
    text = (
        "Maren Tollend opened the new wing on Monday. Visitors to Tollend Park said the "
        "gardens were crowded."
    )
    found = _entities(text)
    at = text.index("Tollend Park")
    assert not [e for e in found if e.start == at and e.end == at + len("Tollend")], [
        (e.text, e.label, e.start) for e in found
    ]


def test_a_phone_company_is_no_person() -> None:
    text = (
        "Quarrow Mobile said on Monday that a network fault had cut phone service for "
        "40,000 customers. Teodor Kalb, the chief executive of Quarrow Mobile, said "
        "engineers had worked through the night. Quarrow Mobile said service would be "
        "restored by Wednesday."
    )
    found = _entities(text)
    labels = [e.label for e in found if e.text == "Quarrow Mobile"]
    assert labels and set(labels) == {"ORG"}, [(e.text, e.label) for e in found]


def test_a_full_name_typed_a_body_is_the_person_its_surname_says_he_is() -> None:
    text = (
        "Lukas Feyen won the seat by 400 votes on Sunday. Lukas Feyen told supporters in "
        "Velgrad that the result was a mandate. Feyen said he would cut taxes. Critics of "
        "Lukas Feyen said the count was flawed. Feyen told reporters he was proud."
    )
    found = _entities(text)
    assert {e.label for e in found if "Feyen" in e.text} == {"PERSON"}, [
        (e.text, e.label) for e in found
    ]
    assert len([e for e in found if e.text == "Feyen"]) == 2, [(e.text, e.label) for e in found]


@pytest.mark.parametrize("name", ["Haverstrand", "Verholt", "Ostrel"])
def test_a_name_a_speech_verb_and_he_follow_is_a_person(name: str) -> None:
    text = (
        f"Officials met in Tarrow on Monday. {name} told reporters he was sorry for the "
        f"delay. {name} added that the bridge would reopen on Friday."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == name}
    assert labels == {"PERSON"}, [(e.text, e.label) for e in found]


def test_a_country_that_says_it_stays_a_place() -> None:
    text = (
        "Talks resumed in Tarrow on Monday. Dessany said it would send a delegation. "
        "Voters in Dessany were divided."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == "Dessany"}
    assert labels and "PERSON" not in labels, [(e.text, e.label) for e in found]


def test_a_longer_name_written_again_where_the_recogniser_read_nothing_is_read() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from storyline.analyze.entities.missed_names import add_missed_names
    from storyline.analyze.entities.prepare import RawMention

    words = [
        "Brannick",
        "Engineering",
        "denied",
        "it",
        ".",
        "Shares",
        "in",
        "Brannick",
        "Engineering",
        "fell",
        ".",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 0, 2, label="ORG")]  # the second mention left out
    text = doc.text
    raw = [RawMention(0, len("Brannick Engineering"), "ORG")]
    found = add_missed_names(text, doc, raw)
    at = text.index("Brannick Engineering", 1)
    assert RawMention(at, at + len("Brannick Engineering"), "ORG") in found, found
    assert len(found) == 2, found


def test_a_place_ending_a_phrase_before_said_he_stays_a_place() -> None:
    text = (
        "Fighting went on in Ostrel on Monday. One commander in Ostrel said he was setting "
        "up a new unit. The biggest operator in Ostrel , Tarn Oil , said he would stay."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == "Ostrel"}
    assert labels and "PERSON" not in labels, [(e.text, e.label) for e in found]


def test_a_longer_name_is_not_read_as_the_end_of_a_longer_one() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from storyline.analyze.entities.missed_names import add_missed_names
    from storyline.analyze.entities.prepare import RawMention

    words = ["Wildlife", "Service", "agreed", ".", "The", "Fish", "and", "Wildlife", "Service"]
    words += ["objected", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    raw = [RawMention(0, len("Wildlife Service"), "ORG")]
    assert add_missed_names(doc.text, doc, raw) == raw


def test_a_name_read_as_two_types_alike_is_not_copied() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from storyline.analyze.entities.missed_names import add_missed_names
    from storyline.analyze.entities.prepare import RawMention

    words = ["I", "know", "Mo", "Vell", "and", "I", "like", "Mo", "Vell", ",", "said", "Ana"]
    words += [".", "We", "met", "Mo", "Vell", "today", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 7, 9, label="GPE")]
    raw = [RawMention(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert add_missed_names(doc.text, doc, raw) == raw


def test_a_headline_surname_above_the_full_name_is_not_copied() -> None:
    text = (
        "Okafor: Harbour Inquiry Faced No Outside Pressure.\n\nPORTVALE - Harbour "
        "commissioner Adaeze Okafor is insisting that the inquiry was independent. "
        "Okafor told reporters the report was final."
    )
    found = _entities(text)
    assert not [e for e in found if e.start == 0], [(e.text, e.start) for e in found]
    later = text.index("Okafor told")
    assert [e.canonical for e in found if e.start == later] == ["Adaeze Okafor"], [
        (e.text, e.start) for e in found
    ]


def test_a_name_read_as_a_site_and_a_place_alike_is_not_copied() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from storyline.analyze.entities.missed_names import add_missed_names
    from storyline.analyze.entities.prepare import RawMention

    words = ["I", "know", "Mo", "Vell", "and", "I", "like", "Mo", "Vell", ",", "said", "Ana"]
    words += [".", "We", "met", "Mo", "Vell", "today", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="FAC"), Span(doc, 7, 9, label="GPE")]
    raw = [RawMention(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert add_missed_names(doc.text, doc, raw) == raw


def test_a_gerund_before_an_infinitive_in_a_list_of_findings_is_no_name() -> None:
    text = (
        "The inspectors listed what Quarrow had done wrong . \nFailing to inspect the pumps "
        "before the storm Failing to train the night crews Failing to report the flooding "
        "on time \nQuarrow said it would contest the list ."
    )
    found = _entities(text)
    assert not [e for e in found if e.text == "Failing"], [(e.text, e.label) for e in found]
