"""Names the recogniser cut or split (issue 14): a body named by a number after "of", a
name cut after a function word, an era's abbreviation read as a body, and a person's
first name and surname read as two entities. Texts and names invented."""

from __future__ import annotations

from entity_spans import mentions as _mentions
from entity_spans import names as _names

from storyline.analyze.entities.mentions import repair_raw


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in repair_raw(text, _mentions(text, spans))]


def test_a_body_named_by_a_number_after_of_is_one_name() -> None:
    text = "The Circle of 40 met . Leaders of the Circle of 12 nations agreed ."
    spans = [("Circle", "ORG"), ("40", "CARDINAL"), ("Circle of", "ORG"), ("12", "CARDINAL")]
    assert _repaired(text, spans) == [("Circle of 40", "ORG"), ("Circle of 12", "ORG")]


def test_a_number_after_a_name_without_of_stays_apart() -> None:
    text = "Harlow Ltd 40 workers left ."
    spans = [("Harlow Ltd", "ORG"), ("40", "CARDINAL")]
    assert _repaired(text, spans) == [("Harlow Ltd", "ORG"), ("40", "CARDINAL")]


def test_a_name_cut_after_a_function_word_ends_before_it() -> None:
    text = "Pilgrims learn the Seven Gates of Varn faith ."
    assert _repaired(text, [("Seven Gates of", "ORG")]) == [("Seven Gates", "ORG")]


def test_an_era_after_a_year_is_no_body() -> None:
    text = "King Ulvar -LRB- 792 to 750 BC -RRB- built the walls . The BC Ferries board met ."
    spans = [("Ulvar", "PERSON"), ("BC", "ORG"), ("BC Ferries", "ORG")]
    assert _repaired(text, spans) == [("Ulvar", "PERSON"), ("BC Ferries", "ORG")]


_SINGER = (
    "Ann Reed visits a singer in Kelmor Lira Vance has never been shy . Later Lira chose a"
    " field over the city . Lira laughs at the idea . The album Lira Vance is out . Vance"
    " said the sea helps ."
)


def test_a_first_name_typed_a_body_and_a_surname_join_the_full_name_written() -> None:
    spans = [
        ("Ann Reed", "PERSON"),
        ("Vance", "PERSON"),
        ("Lira", "ORG"),
        ("Lira", "ORG"),
        ("Lira Vance", "PRODUCT"),
        ("Vance", "PERSON"),
    ]
    assert _names(_SINGER, spans) == [("PERSON", "Ann Reed")] + [("PERSON", "Lira Vance")] * 5


def test_a_first_name_alone_and_a_surname_typed_people_join_the_full_name_written() -> None:
    # the recogniser keeps only the surname of every "Nadia Kessel" and reads "Nadia" alone
    # as a second person
    text = (
        "' We were lost , ' recalls Nadia Kessel . Nadia 's husband served twice . "
        "Later Nadia felt stronger . Widows , including Nadia Kessel , met in Varn ."
    )
    spans = [("Kessel", "PERSON"), ("Nadia", "PERSON"), ("Nadia", "PERSON"), ("Kessel", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Nadia Kessel")] * 4


def test_a_first_name_read_after_to_with_a_possessive_is_still_the_person() -> None:
    text = "Lira Vance sang . We go back to Lira 's favourite dish . Lira laughs ."
    spans = [("Lira Vance", "PERSON"), ("Lira", "ORG"), ("Lira", "ORG")]
    assert _names(text, spans) == [("PERSON", "Lira Vance")] * 3


def test_a_word_before_a_surname_that_the_article_types_a_place_is_not_joined() -> None:
    text = "He flew to Kelmor . In Kelmor Vance spoke . Vance said the sea helps ."
    spans = [("Kelmor", "GPE"), ("Kelmor", "GPE"), ("Vance", "PERSON"), ("Vance", "PERSON")]
    assert _names(text, spans) == [("GPE", "Kelmor")] * 2 + [("PERSON", "Vance")] * 2


def test_a_first_name_shared_with_another_person_is_not_joined() -> None:
    text = "Lira Moss spoke . Then Lira Vance sang , and Lira left ."
    spans = [("Lira Moss", "PERSON"), ("Vance", "PERSON"), ("Lira", "ORG")]
    got = _names(text, spans)
    assert got[1] == ("PERSON", "Vance")


def test_a_body_run_into_a_named_persons_surname_is_the_body_and_the_person() -> None:
    text = (
        "The envoy Omar Halvi spoke . In an interview with Wire Insider TV Halvi said"
        " companies will return ."
    )
    spans = [("Omar Halvi", "PERSON"), ("Wire Insider TV Halvi", "ORG")]
    assert _repaired(text, spans) == [
        ("Omar Halvi", "PERSON"),
        ("Wire Insider TV", "ORG"),
        ("Halvi", "PERSON"),
    ]
    # a body whose last word is a surname, with no verb after it, stays whole
    other = "Omar Halvi spoke . The Kelmor Port Halvi , a trust , paid ."
    spans = [("Omar Halvi", "PERSON"), ("Kelmor Port Halvi", "ORG")]
    assert _repaired(other, spans)[1] == ("Kelmor Port Halvi", "ORG")


def test_a_paper_after_daily_and_a_firm_after_exporter_are_bodies() -> None:
    text = (
        "The daily Kestrel on Monday cited a source . Tarn Machines controls state arms"
        " exporter Dorvexport ."
    )
    spans = [("Kestrel", "PERSON"), ("Tarn Machines", "ORG"), ("Dorvexport", "GPE")]
    assert _names(text, spans) == [
        ("ORG", "Kestrel"),
        ("ORG", "Tarn Machines"),
        ("ORG", "Dorvexport"),
    ]


def test_the_names_in_a_wire_credit_are_no_entities() -> None:
    text = (
        "Minister Alain Varde said no .\n"
        "-LRB- Reporting by Ann Marsh ; Writing by Bob Tallis ; Editing by Cora Penn -RRB-"
    )
    spans = [
        ("Alain Varde", "PERSON"),
        ("Ann Marsh", "PERSON"),
        ("Writing", "PERSON"),
        ("Bob Tallis", "PERSON"),
        ("Cora Penn", "PERSON"),
    ]
    assert _names(text, spans) == [("PERSON", "Alain Varde")]


def test_an_outlet_named_as_the_home_of_its_journalists_is_no_entity() -> None:
    text = (
        "The Gazette 's Ann Lee writes that the media overreact . Ann Lee , the Gazette 's"
        " foreign affairs columnist , is watching . The Gazette columnist Bo Marsh complained ."
        " The ministry confirmed to the Gazette that a man fell ill . Harlow 's chief executive"
        " Cy Lund said no ."
    )
    spans = [
        ("Gazette", "ORG"),
        ("Ann Lee", "PERSON"),
        ("Ann Lee", "PERSON"),
        ("Gazette", "ORG"),
        ("Gazette", "ORG"),
        ("Bo Marsh", "PERSON"),
        ("Gazette", "ORG"),
        ("Harlow", "ORG"),
        ("Cy Lund", "PERSON"),
    ]
    assert _names(text, spans) == [
        ("PERSON", "Ann Lee"),
        ("PERSON", "Ann Lee"),
        ("PERSON", "Bo Marsh"),
        ("ORG", "Gazette"),  # told the outlet: the outlet is part of the news
        ("ORG", "Harlow"),
        ("PERSON", "Cy Lund"),
    ]


def test_a_company_word_alone_is_the_company_not_a_vessel_named_with_it() -> None:
    text = (
        "Harlow Mobil paid for the 1989 Harlow Sable spill . The Harlow Sable tanker ran"
        " aground . Harlow shares fell ."
    )
    spans = [
        ("Harlow Mobil", "ORG"),
        ("Harlow Sable", "ORG"),
        ("Harlow Sable", "ORG"),
        ("Harlow", "ORG"),
    ]
    assert _names(text, spans)[-1] == ("ORG", "Harlow Mobil")


def test_a_date_stamp_read_as_a_name_is_no_entity() -> None:
    text = "TARN CITY | Thu Mar 3 , 2011 8:55 am EST Norland will lose ."
    spans = [("Thu Mar 3 , 2011", "PRODUCT"), ("Norland", "GPE")]
    assert _repaired(text, spans) == [("Norland", "GPE")]


def test_an_outlets_contact_line_is_no_entity() -> None:
    text = "Ten reporters died . To contact the MediaGazette news desk email the editor ."
    assert _names(text, [("MediaGazette", "NORP")]) == []
