"""Cues in the text that type or join a name inside one article (issue 14, reading 5):
the capital's "District", an appositive that says a place or a ruler, a capitalised
calling before a name, a sentence adverb run into a name, a name before an installation.
Texts invented."""

from __future__ import annotations

from entity_spans import names as _names

from storyline.analyze.entities import RawMention, canonicalize


def test_the_district_in_an_article_on_the_capital_is_the_capital() -> None:
    text = "Reader in Washington, D.C. asks: will the District cut jobs? District staff wait."
    got = _names(
        text, [("Washington", "GPE"), ("D.C.", "GPE"), ("District", "GPE"), ("District", "ORG")]
    )
    assert got == [("GPE", "Washington")] * 3


def test_a_district_elsewhere_stays_a_district() -> None:
    text = "Marlow said the District would cut jobs."
    got = _names(text, [("Marlow", "GPE"), ("District", "GPE")])
    assert got == [("GPE", "Marlow"), ("GPE", "District")]


def test_an_appositive_capital_says_a_place_for_every_mention() -> None:
    text = "Karsa , capital of the old empire , was looted. He returned to Karsa in May."
    got = _names(text, [("Karsa", "ORG"), ("Karsa", "ORG")])
    assert got == [("GPE", "Karsa"), ("GPE", "Karsa")]


def test_an_appositive_ruler_says_a_person_for_every_mention() -> None:
    text = "Bricks name Tovaris , ruler from 604 to 562BC , who built the gate. Tovaris won."
    got = _names(text, [("Tovaris", "ORG"), ("Tovaris", "ORG")])
    assert got == [("PERSON", "Tovaris"), ("PERSON", "Tovaris")]


def test_a_body_before_its_officer_s_name_stays_a_body() -> None:
    text = "Arvex , chief executive Dana Holt said."
    got = _names(text, [("Arvex", "ORG"), ("Dana Holt", "PERSON")])
    assert got == [("ORG", "Arvex"), ("PERSON", "Dana Holt")]


def test_a_capitalised_calling_before_a_name_is_a_title() -> None:
    text = "One day Farmer Odell met Farmer Brin at market. Odell sold his mare to Brin."
    got = _names(
        text,
        [("Farmer Odell", "ORG"), ("Farmer Brin", "PERSON"), ("Odell", "ORG"), ("Brin", "PERSON")],
    )
    assert got == [("PERSON", "Odell"), ("PERSON", "Brin"), ("PERSON", "Odell"), ("PERSON", "Brin")]


def test_a_sentence_adverb_run_into_a_name_is_cut() -> None:
    text = "Vantra voted. What next for Vantra However , a leader said Sunday."
    got = _names(text, [("Vantra", "GPE"), ("Vantra However", "ORG")])
    assert got == [("GPE", "Vantra"), ("GPE", "Vantra")]


def test_a_name_before_a_plant_or_reactor_is_no_person() -> None:
    text = "Farms near the Kirano plant were shut. Water was sprayed at Kirano 's number 4 reactor."
    got = _names(text, [("Kirano", "PERSON"), ("Kirano", "PERSON")])
    assert got == [("FAC", "Kirano"), ("FAC", "Kirano")]


def test_a_person_s_plant_keeps_the_person() -> None:
    text = "Owner Lena Kirano spoke. Kirano 's plant employs 40."
    got = _names(text, [("Lena Kirano", "PERSON"), ("Kirano", "PERSON")])
    assert got == [("PERSON", "Lena Kirano"), ("PERSON", "Lena Kirano")]


def test_an_appositive_capital_the_recogniser_missed_still_says_a_place() -> None:
    text = "Karsa , capital of the old empire , was looted. He returned to Karsa in May."
    at = text.rindex("Karsa")
    got = canonicalize(text, [RawMention(at, at + len("Karsa"), "ORG")])
    assert [(e.label, e.canonical) for e in got] == [("GPE", "Karsa")]


def test_an_appositive_ruler_outvotes_the_recogniser_s_other_types() -> None:
    text = "Tovaris built it. Tovaris , ruler from 604 BC , won. Bricks of Tovaris lie here."
    got = _names(text, [("Tovaris", "ORG"), ("Tovaris", "PERSON"), ("Tovaris", "ORG")])
    assert got == [("PERSON", "Tovaris")] * 3


def test_a_calling_before_a_name_typed_a_person_makes_its_other_mentions_the_person() -> None:
    text = "Farmer Brin came. Bill and Brin bid. Brin 's horse won, and Brin left."
    got = _names(
        text,
        [
            ("Farmer Brin", "PERSON"),
            ("Bill", "PERSON"),
            ("Brin", "NORP"),
            ("Brin", "GPE"),
            ("Brin", "GPE"),
        ],
    )
    assert got == [("PERSON", "Brin"), ("PERSON", "Bill")] + [("PERSON", "Brin")] * 3


def test_a_list_naming_another_city_or_money_is_no_place_cue() -> None:
    text = "The Debate Board , the city of Marlow and Fund Research , capital in funds grew."
    got = _names(text, [("Debate Board", "ORG"), ("Marlow", "GPE"), ("Fund Research", "ORG")])
    assert got == [("ORG", "Debate Board"), ("GPE", "Marlow"), ("ORG", "Fund Research")]


def test_a_plural_after_a_calling_is_a_body_s_name() -> None:
    got = _names("Nurse Practitioners met.", [("Nurse Practitioners", "ORG")])
    assert got == [("ORG", "Nurse Practitioners")]


def test_a_title_right_before_a_name_typed_a_place_says_a_person() -> None:
    text = "Why has President Dorvan acted? Dorvan has never said. The Dorvan team met."
    got = _names(text, [("Dorvan", "GPE"), ("Dorvan", "GPE"), ("Dorvan", "PERSON")])
    assert [label for label, _ in got] == ["PERSON"] * 3


def test_a_title_right_before_a_persons_name_typed_a_body_says_a_person() -> None:
    text = (
        "Opposition health spokeswoman Ilse Marrow said the offer was late. "
        "Analyst Tarn Research said so too, as did Ada Quell, chief executive of The "
        "Heron Trust, and the director of The Kestrel Players."
    )
    got = _names(
        text,
        [
            ("Ilse Marrow", "ORG"),
            ("Tarn Research", "ORG"),
            ("Heron Trust", "ORG"),
            ("Kestrel Players", "ORG"),
        ],
    )
    assert got == [
        ("PERSON", "Ilse Marrow"),
        ("ORG", "Tarn Research"),
        ("ORG", "Heron Trust"),
        ("ORG", "Kestrel Players"),
    ]


def test_a_place_after_a_title_s_complement_stays_a_place() -> None:
    text = "The ambassador to Marlow said the envoy in Marlow left."
    got = _names(text, [("Marlow", "GPE"), ("Marlow", "GPE")])
    assert got == [("GPE", "Marlow"), ("GPE", "Marlow")]


def test_a_headline_verb_before_a_body_the_article_names_alone_is_cut() -> None:
    text = "Arvex paid.\nBlaming Arvex is pointless. Arvex said so."
    got = _names(text, [("Arvex", "ORG"), ("Blaming Arvex", "ORG"), ("Arvex", "ORG")])
    assert got == [("ORG", "Arvex")] * 3


def test_a_body_whose_name_starts_with_an_ing_word_keeps_it() -> None:
    text = "Sterling Bank grew.\nSterling Bank said so."
    got = _names(text, [("Sterling Bank", "ORG"), ("Sterling Bank", "ORG")])
    assert got == [("ORG", "Sterling Bank")] * 2


def test_initials_the_article_defines_as_a_common_noun_are_no_entity() -> None:
    text = "The blowout preventer -LRB- BOP -RRB- failed. Mud went into the BOP , and Arvex said."
    got = _names(text, [("BOP", "ORG"), ("BOP", "ORG"), ("Arvex", "ORG")])
    assert got == [("ORG", "Arvex")]


def test_initials_defined_as_a_name_stay() -> None:
    text = "The Harbour Board (HB) met. HB said no to the tax (VAT)."
    got = _names(text, [("Harbour Board", "ORG"), ("HB", "ORG")])
    assert got == [("ORG", "Harbour Board"), ("ORG", "Harbour Board")]


def test_a_city_with_a_refinery_stays_a_city() -> None:
    text = "Rebels held Kirano. Kirano 's refinery burned. Kirano is calm."
    got = _names(text, [("Kirano", "GPE"), ("Kirano", "PERSON"), ("Kirano", "GPE")])
    assert got == [("GPE", "Kirano")] * 3


def test_a_title_before_a_person_typed_name_outvotes_a_place_reading() -> None:
    text = "Why has President Dorvan acted? Both Dorvan and Ruvia lost."
    got = _names(text, [("Dorvan", "PERSON"), ("Dorvan", "GPE"), ("Ruvia", "GPE")])
    assert got == [("PERSON", "Dorvan"), ("PERSON", "Dorvan"), ("GPE", "Ruvia")]


def test_a_title_before_a_country_s_name_does_not_make_the_country_a_person() -> None:
    text = "Ask President Washington. Flights to Washington resumed."
    got = _names(text, [("Washington", "PERSON"), ("Washington", "GPE")])
    assert got[1] == ("GPE", "Washington")


def test_a_named_animal_is_no_person_and_no_place() -> None:
    # a dog named by its breed, by "another dog ,", by "named" or among "other dogs" is
    # none of a story's people or places; its handler stays a person
    text = (
        "Rescuers brought Brisko , a German shepherd , to Hallam . Brisko found two men . "
        "Another dog , Pellam , searched the east side , said handler Tove Marren . "
        "Crews praised this spaniel named Vorrick . Doran charges into the rubble . "
        "Doran and more than a dozen other dogs work here ."
    )
    spans = [("Brisko", "PERSON"), ("Hallam", "GPE"), ("Brisko", "PERSON")]
    spans += [("Pellam", "PERSON"), ("Tove Marren", "PERSON"), ("Vorrick", "ORG")]
    spans += [("Doran", "GPE"), ("Doran", "GPE")]
    assert _names(text, spans) == [("GPE", "Hallam"), ("PERSON", "Tove Marren")]


def test_a_shepherd_or_a_police_dogs_handler_named_after_a_comma_stays_a_person() -> None:
    text = "A shepherd named Ilan Dosk lost sheep . A police dog , Vera Lind said , was hurt ."
    spans = [("Ilan Dosk", "PERSON"), ("Vera Lind", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Ilan Dosk"), ("PERSON", "Vera Lind")]


def test_a_web_site_named_so_is_a_body_with_all_its_mentions() -> None:
    # an appositive or "is a blog" says a web site, however the name's shape was read;
    # the article's other mentions follow, also where the recogniser missed the cued one
    text = (
        "Zibbit grew fast . Zibbit , the community news sharing site , has a staff of ten . "
        "Quip Corner is a blog devoted to comics . Quip Corner asked readers ."
    )
    spans = [("Zibbit", "GPE"), ("Quip Corner", "PERSON"), ("Quip Corner", "PERSON")]
    got = _names(text, spans)
    assert got == [("ORG", "Zibbit"), ("ORG", "Quip Corner"), ("ORG", "Quip Corner")]


def test_a_person_who_runs_a_site_stays_a_person() -> None:
    text = "Ana Vell , the site 's founder , said Zibbit , the news site , would grow ."
    got = _names(text, [("Ana Vell", "PERSON"), ("Zibbit", "GPE")])
    assert got == [("PERSON", "Ana Vell"), ("ORG", "Zibbit")]


def test_a_bodys_initials_in_mixed_case_after_the_are_no_place() -> None:
    text = "The DoT said no . The latest DoT figures came out . Kell DeVar is in Tarn ."
    spans = [("DoT", "GPE"), ("DoT", "GPE"), ("Kell DeVar", "GPE"), ("Tarn", "GPE")]
    got = _names(text, spans)
    assert got == [("ORG", "DoT"), ("ORG", "DoT"), ("GPE", "Kell DeVar"), ("GPE", "Tarn")]


def test_a_gathering_named_after_the_is_an_event_and_a_person_called_ball_stays() -> None:
    text = (
        "A highlight is the Black Tie and Spurs Ball organised by Tarn . Spurs Ball sold out . "
        "Coach Dana Ball said the team was ready ."
    )
    spans = [("Spurs Ball", "PERSON"), ("Tarn", "GPE"), ("Spurs Ball", "PERSON")]
    spans += [("Dana Ball", "PERSON")]
    got = _names(text, spans)
    assert got == [
        ("EVENT", "Spurs Ball"),
        ("GPE", "Tarn"),
        ("EVENT", "Spurs Ball"),
        ("PERSON", "Dana Ball"),
    ]
    text = "The Chief 's Ball honours troops . Tickets for the Chief 's Ball sold out ."
    assert _names(text, [("Ball", "PERSON"), ("Ball", "PERSON")]) == [("EVENT", "Ball")] * 2
