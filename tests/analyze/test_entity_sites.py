"""What the text says a name is (issue 14): a vessel or a rig ("the rig Ocean Sable") is a
made thing and a well or a field ("the Kestrel well") a site, also where the recogniser
missed the mention with the cue; a body that owns or speaks keeps its type. Texts and
names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_rig_named_once_after_its_noun_is_a_product_where_the_cue_was_missed() -> None:
    text = "The rig Ocean Sable was towed in. Ocean Sable had drilled for a year."
    # the recogniser read only the second mention, as a body
    got = _names(text, [("Ocean Sable", "ORG")])
    assert got == [("PRODUCT", "Ocean Sable")]


def test_a_ship_called_so_is_a_product() -> None:
    text = "Crews boarded a ship called Harriet Lane. Harriet Lane sailed at dawn."
    got = _names(text, [("Harriet Lane", "PERSON"), ("Harriet Lane", "PERSON")])
    assert got == [("PRODUCT", "Harriet Lane"), ("PRODUCT", "Harriet Lane")]


def test_a_well_or_a_field_after_a_determiner_is_a_site() -> None:
    text = (
        "Oil leaked from the Kestrel well. Its Marrow field was shut. "
        "The well, known as Tarn Deep, was capped."
    )
    got = _names(text, [("Kestrel", "PERSON"), ("Marrow", "ORG"), ("Tarn Deep", "PERSON")])
    assert got == [("FAC", "Kestrel"), ("FAC", "Marrow"), ("FAC", "Tarn Deep")]


def test_a_body_that_owns_or_speaks_keeps_its_type_before_a_site_noun() -> None:
    text = "Halvern said output rose. The Halvern field is its largest. The VKX well leaked."
    got = _names(text, [("Halvern", "ORG"), ("Halvern", "ORG"), ("VKX", "ORG")])
    assert got == [("ORG", "Halvern"), ("ORG", "Halvern"), ("ORG", "VKX")]


def test_a_name_followed_by_the_adverb_well_stays_a_person() -> None:
    text = "Ana Kestrel spoke. The job served Kestrel well."
    got = _names(text, [("Ana Kestrel", "PERSON"), ("Kestrel", "PERSON")])
    assert got == [("PERSON", "Ana Kestrel"), ("PERSON", "Ana Kestrel")]


def test_a_lone_name_a_verb_runs_into_before_the_adverb_well_stays_a_person() -> None:
    got = _names("The job served Kestrel well.", [("Kestrel", "PERSON")])
    assert got == [("PERSON", "Kestrel")]


def test_a_website_called_a_platform_is_no_vessel() -> None:
    # the recogniser read only the first mention; the one after "platform" is missed
    text = "Chirper said posts on the platform Chirper grew."
    got = _names(text, [("Chirper", "ORG")])
    assert got == [("ORG", "Chirper")]


def test_a_rig_named_like_a_place_is_a_product_but_a_sea_stays_a_place() -> None:
    text = (
        "Since the blast on the Ocean Sable rig, Ocean Sable has sunk. "
        "Inquiries into the Ocean Sable disaster, in the Ocean Sable inquiry, go on. "
        "Rigs in the Kell Basin stopped; the Kell Basin rig fleet waits. "
        "The Tarn Ridge oil rig is idle. It is cold in the Tarn Ridge."
    )
    spans = [
        ("Ocean Sable", "LOC"),
        ("Ocean Sable", "LOC"),
        ("Ocean Sable", "LOC"),
        ("Ocean Sable", "LOC"),
        ("Kell Basin", "LOC"),
        ("Kell Basin", "LOC"),
        ("Tarn Ridge", "LOC"),
        ("Tarn Ridge", "LOC"),
    ]
    got = _names(text, spans)
    assert (
        got
        == [("PRODUCT", "Ocean Sable")] * 4
        + [("LOC", "Kell Basin")] * 2
        + [("LOC", "Tarn Ridge")] * 2
    )


def test_a_company_with_its_legal_form_or_a_mention_ending_in_as_is_no_site() -> None:
    text = "Oil from the Halvern Plc well spread. The Tarn Health Board - as well as others - met."
    spans = [("Halvern Plc", "ORG"), ("Tarn Health Board - as", "ORG")]
    got = _names(text, spans)
    assert got == [("ORG", "Halvern"), ("ORG", "Tarn Health Board - as")]
