"""Who wrote and filed a report is no entity of its news (issue 14): the outlet in a
dateline's brackets, a byline, a closing credit. Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_the_outlet_in_a_dateline_credit_is_no_mention_but_told_outlet_stays() -> None:
    text = "TARN CITY , Dorvia -LRB- KNN -RRB- -- Rebels took Vell , a commander told KNN ."
    got = _names(text, [("TARN CITY", "GPE"), ("KNN", "ORG"), ("Vell", "GPE"), ("KNN", "ORG")])
    assert got == [("GPE", "TARN CITY"), ("GPE", "Vell"), ("ORG", "KNN")]
    text = "Tarn City (KNN) - Rebels took Vell ."
    assert _names(text, [("Tarn City", "GPE"), ("KNN", "ORG"), ("Vell", "GPE")]) == [
        ("GPE", "Tarn City"),
        ("GPE", "Vell"),
    ]


def test_a_bracketed_name_without_a_dash_stays() -> None:
    text = "The Dorvia Liberation Front (DLF) took Vell ."
    got = _names(text, [("Dorvia Liberation Front", "ORG"), ("DLF", "ORG"), ("Vell", "GPE")])
    assert ("GPE", "Vell") in got and len(got) == 3


def test_a_desk_byline_and_a_reporters_byline_are_no_mentions() -> None:
    text = "By the KNN Wire Staff Rebels took Vell on Monday ."
    assert _names(text, [("KNN Wire Staff", "ORG"), ("Vell", "GPE")]) == [("GPE", "Vell")]
    text = "By Ana Vell and Bo Park , KNN Rebels in Tarn cheer .\nThe rebels took Tarn ."
    spans = [("Ana Vell", "PERSON"), ("Bo Park", "PERSON"), ("KNN Rebels", "ORG"), ("Tarn", "GPE")]
    assert _names(text, [*spans, ("Tarn", "GPE")]) == [("GPE", "Tarn"), ("GPE", "Tarn")]
    text = "By Ann Lee Business reporter , KNN News The port of Tarn is closed ."
    got = _names(text, [("Ann Lee", "PERSON"), ("KNN News", "ORG"), ("Tarn", "GPE")])
    assert got == [("GPE", "Tarn")]


def test_news_opening_with_by_keeps_its_names() -> None:
    text = "By Monday , Kessa Oil had paid Tarn ."
    got = _names(text, [("Kessa Oil", "ORG"), ("Tarn", "GPE")])
    assert got == [("ORG", "Kessa Oil"), ("GPE", "Tarn")]
    # further down the page "By ..." opens news, not a byline
    text = "Rain fell .\nThe port shut .\nShips left .\nBy Midsummer , Kessa Oil had paid ."
    assert _names(text, [("Midsummer", "EVENT"), ("Kessa Oil", "ORG")]) == [
        ("EVENT", "Midsummer"),
        ("ORG", "Kessa Oil"),
    ]


def test_a_closing_credit_names_no_one_in_the_news() -> None:
    text = "Rebels took Tarn .\nKNN 's Ana Vell and Bo Park contributed to this report ."
    spans = [("Tarn", "GPE"), ("KNN", "ORG"), ("Ana Vell", "PERSON"), ("Bo Park", "PERSON")]
    assert _names(text, spans) == [("GPE", "Tarn")]


def test_an_acronym_typed_a_place_that_is_told_is_a_body() -> None:
    text = "Crowds filled the square , a witness told KNN . KNN could not confirm the toll ."
    assert _names(text, [("KNN", "GPE"), ("KNN", "GPE")]) == [("ORG", "KNN"), ("ORG", "KNN")]
    # a country's short form and a country told to act stay places
    text = "The envoy told the US that talks would resume . Officials told Tarnland to stop ."
    got = _names(text, [("US", "GPE"), ("Tarnland", "GPE")])
    assert [label for label, _ in got] == ["GPE", "GPE"]


def test_a_short_form_stated_in_brackets_before_a_dash_stays() -> None:
    text = "The minister praised Tarn Airlines (TA) - the carrier - and its crews ."
    got = _names(text, [("Tarn Airlines", "ORG"), ("TA", "ORG")])
    assert len(got) == 2
    # after highlights in lower case, the bracket is the dateline's credit
    text = "a sign of mission creep -LRB- KNN -RRB- -- A call for help came from Vell ."
    assert _names(text, [("KNN", "ORG"), ("Vell", "GPE")]) == [("GPE", "Vell")]


def test_a_dateline_after_a_town_typed_a_body_in_capitals_is_still_a_credit() -> None:
    # "TARN CITY" typed a body right before the bracket is the dateline's town, not a
    # name whose short form the bracket states ("Tarn Airlines (TA) -")
    text = "TARN CITY -LRB- KNN -RRB- - Rebels took Vell , a commander told KNN ."
    got = _names(text, [("TARN CITY", "ORG"), ("KNN", "ORG"), ("Vell", "GPE"), ("KNN", "ORG")])
    assert got == [("ORG", "TARN CITY"), ("GPE", "Vell"), ("ORG", "KNN")]
    text = "Tarn Airlines -LRB- TA -RRB- - the carrier - flew to Vell ."
    got = _names(text, [("Tarn Airlines", "ORG"), ("TA", "ORG"), ("Vell", "GPE")])
    assert len(got) == 3


def test_a_writers_own_line_and_a_pages_disclaimer_name_no_entity() -> None:
    text = (
        "Rates rose in Vell . \n-- Ana Dorn is a KNN columnist . The opinions expressed are "
        "her own . \nViews expressed in the comments do not represent those of KNN . "
        "\nThe views expressed by Bo Rask in Vell moved KNN shares ."
    )
    spans = [("Vell", "GPE"), ("Ana Dorn", "PERSON"), ("KNN", "ORG"), ("KNN", "ORG")]
    spans += [("Bo Rask", "PERSON"), ("Vell", "GPE"), ("KNN", "ORG")]
    got = _names(text, spans)
    # the column's line and the disclaimer go; a views sentence of the news stays
    assert got == [
        ("GPE", "Vell"),
        ("PERSON", "Ana Dorn"),
        ("PERSON", "Bo Rask"),
        ("GPE", "Vell"),
        ("ORG", "KNN"),
    ]
