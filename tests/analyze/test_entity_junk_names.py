"""Junk or mistyped names in a story's top entities (issue 14, reading16 at cb06939): a
concept's initials typed a body, a symbol kept in a name, a photograph's credit read as a
person and an outlet, a committee's name cut at "and". Texts and names invented."""

from __future__ import annotations

from entity_spans import mentions as _mentions
from entity_spans import names as _names

from storyline.analyze.entities import canonicalize


def test_initials_of_a_quoted_lower_case_phrase_are_no_entity() -> None:
    text = (
        "Banks trust a model called `` loss at peak '' -LRB- LaP -RRB- . LaP failed "
        "at Tarvin Bank ."
    )
    got = _names(text, [("LaP", "ORG"), ("LaP", "ORG"), ("Tarvin Bank", "ORG")])
    assert got == [("ORG", "Tarvin Bank")]


def test_initials_a_phrase_is_known_as_are_no_entity() -> None:
    text = "The cult of civic brand virtue known as CBV grew . Firms love CBV drives ."
    got = _names(text, [("CBV", "ORG"), ("CBV", "ORG")])
    assert got == []


def test_initials_after_or_need_every_letter_of_the_phrase() -> None:
    text = "Output , or gross harbour product , or GHP , rose ."
    assert _names(text, [("GHP", "ORG")]) == []
    text = "Sales at the new depots , or Arvex Depots Ltd , rose . AD said so ."
    assert _names(text, [("AD", "ORG")]) == [("ORG", "AD")]


def test_initials_of_a_capitalised_name_known_so_stay() -> None:
    text = "The Tarvin Harbour Board , known as THB , met . THB said no ."
    got = _names(text, [("Tarvin Harbour Board", "ORG"), ("THB", "ORG"), ("THB", "ORG")])
    assert [label for label, _ in got] == ["ORG"] * 3


def test_initials_in_apposition_with_a_drug_word_are_a_product() -> None:
    text = "Doctors test KVX , the active ingredient in a sleeping pill . KVX helped Ana Vell ."
    got = _names(text, [("KVX", "ORG"), ("KVX", "ORG"), ("Ana Vell", "PERSON")])
    assert got == [("PRODUCT", "KVX"), ("PRODUCT", "KVX"), ("PERSON", "Ana Vell")]


def test_an_ampersand_opening_a_name_is_no_part_of_it() -> None:
    text = "The mood of voters in general & Vell in particular soured ."
    assert _names(text, [("& Vell", "PERSON")]) == [("PERSON", "Vell")]


def test_a_bracketed_photograph_credit_names_no_one() -> None:
    text = (
        "Savers worry . -LRB- By Ana Vell -- Tarn Daily News -RRB- Rep. Ivo Marek , chair of "
        "the panel , met Tarn Daily News staff ."
    )
    spans = [("Ana Vell", "PERSON"), ("Tarn Daily News", "ORG"), ("Ivo Marek", "PERSON")]
    spans += [("Tarn Daily News", "ORG")]
    got = _names(text, spans)
    assert got == [("PERSON", "Ivo Marek"), ("ORG", "Tarn Daily News")]


def test_a_committee_name_cut_at_and_is_one_body() -> None:
    text = (
        "Rep. Ivo Marek , chair of the Tarn Committee on Tillage and Fisheries , spoke . "
        "The Tarn Committee on Tillage and Fisheries met ."
    )
    spans = [("Ivo Marek", "PERSON"), ("Tarn Committee on Tillage", "ORG"), ("Fisheries", "ORG")]
    spans += [("Tarn Committee on Tillage", "ORG"), ("Fisheries", "ORG")]
    got = _names(text, spans)
    assert (
        got == [("PERSON", "Ivo Marek")] + [("ORG", "Tarn Committee on Tillage and Fisheries")] * 2
    )


def test_two_bodies_joined_by_and_stay_two() -> None:
    text = "The Tarn Harbour Board and Vell Shipping signed ."
    spans = [("Tarn Harbour Board", "ORG"), ("Vell Shipping", "ORG")]
    assert _names(text, spans) == [("ORG", "Tarn Harbour Board"), ("ORG", "Vell Shipping")]


def test_a_company_after_a_department_and_named_once_stays_apart() -> None:
    text = "The Department of Justice and Velm Software settled the antitrust case on Monday ."
    spans = [("Department of Justice", "ORG"), ("Velm Software", "ORG")]
    got = _names(text, spans)
    assert got == [("ORG", "Department of Justice"), ("ORG", "Velm Software")]


def test_a_subject_the_article_writes_in_lower_case_joins_the_name() -> None:
    text = "The Tarn Committee on Tillage and Fisheries met . It oversees fisheries in the bay ."
    spans = [("Tarn Committee on Tillage", "ORG"), ("Fisheries", "ORG")]
    assert _names(text, spans) == [("ORG", "Tarn Committee on Tillage and Fisheries")]


def test_a_body_after_a_department_and_named_again_stays_apart() -> None:
    text = "The Department of Tillage and Vell Shipping met . Vell Shipping said no ."
    spans = [("Department of Tillage", "ORG"), ("Vell Shipping", "ORG"), ("Vell Shipping", "ORG")]
    got = _names(text, spans)
    assert got == [
        ("ORG", "Department of Tillage"),
        ("ORG", "Vell Shipping"),
        ("ORG", "Vell Shipping"),
    ]


def test_a_town_named_with_its_kind_once_is_a_place_where_typed_a_body_more_often() -> None:
    # the recogniser typed the cued mention a place and the four others a body: the
    # majority made every one a body before the cue was read as evidence
    text = (
        "Rebels took the town of Varkesh . They entered Varkesh at dawn . Guns near "
        "Varkesh fell silent . Varkesh is calm . Aid reached Varkesh ."
    )
    spans = [("Varkesh", "GPE")] + [("Varkesh", "ORG")] * 4
    assert _names(text, spans) == [("GPE", "Varkesh")] * 5


def test_a_gerund_and_its_particle_opening_a_line_are_no_part_of_a_place() -> None:
    text = "Rebels took the town of Varkesh .\nWinning back Varkesh would help them ."
    got = _names(text, [("Varkesh", "GPE"), ("Winning back Varkesh", "ORG")])
    assert got == [("GPE", "Varkesh")] * 2


def test_an_adjective_typed_a_people_opening_a_sentence_is_no_name() -> None:
    text = "Such markets are called `` jittery , '' wrongly .\nJittery markets can be calmed ."
    assert _names(text, [("Jittery", "NORP")]) == []
    text = "The vote was close .\nDorvanian voters stayed home ; dorvanian is a dialect ."
    assert _names(text, [("Dorvanian", "NORP")]) == [("NORP", "Dorvanian")]


def test_a_people_s_plural_name_opening_a_sentence_stays_a_people() -> None:
    text = (
        "Conservatives won the seat in Tarnby .\nThe vote split fiscal conservatives in the "
        "party from the rest ."
    )
    assert _names(text, [("Conservatives", "NORP")]) == [("NORP", "Conservatives")]


def test_a_code_written_before_an_illness_word_is_a_strain_not_a_product() -> None:
    text = "The H7N3 bird flu reached Tarn . H7N3 killed hens . The XK-9 rocket flew ."
    spans = [("H7N3", "PRODUCT"), ("Tarn", "GPE"), ("H7N3", "ORG"), ("XK-9", "PRODUCT")]
    assert _names(text, spans) == [("GPE", "Tarn"), ("PRODUCT", "XK-9")]


def test_a_full_name_read_as_a_person_is_no_site_elsewhere() -> None:
    text = (
        "She could bring down the Health Secretary , Ivo Marek , they said . An apology "
        "came from Ivo Marek . The Ivo Marek Hall opened ."
    )
    spans = [("Ivo Marek", "PERSON"), ("Ivo Marek", "FAC"), ("Ivo Marek Hall", "FAC")]
    got = _names(text, spans)
    assert got == [("PERSON", "Ivo Marek"), ("PERSON", "Ivo Marek"), ("FAC", "Ivo Marek Hall")]


def test_a_place_after_a_lower_case_title_word_stays_a_place() -> None:
    # "justice" written lower case is a common noun, no judge's title: one person reading
    # of the country after it must not make a person of all its place readings
    text = (
        "Velmar Coast : Search for justice Velmar Coast 's leader stalls . Violence grows "
        "in Velmar Coast . Troops went to Velmar Coast ."
    )
    spans = [("Velmar Coast", "LOC"), ("Velmar Coast", "PERSON")]
    spans += [("Velmar Coast", "LOC"), ("Velmar Coast", "LOC")]
    labels = [label for label, _ in _names(text, spans)]
    # the recogniser's own person reading is left as it was; the others stay places
    assert labels[:1] + labels[2:] == ["LOC"] * 3


def test_a_title_in_apposition_before_a_name_is_its_role() -> None:
    text = "She could bring down the Health Secretary , Ivo Marek , they said ."
    got = canonicalize(text, _mentions(text, [("Ivo Marek", "PERSON")]))
    assert [(m.canonical, m.role) for m in got] == [("Ivo Marek", "Health Secretary")]


def test_a_preposition_opening_a_quote_is_no_name() -> None:
    text = "`` Along with that , prices fall , '' said Ana Vell ."
    got = _names(text, [("Along", "WORK_OF_ART"), ("Ana Vell", "PERSON")])
    assert got == [("PERSON", "Ana Vell")]


def test_a_list_run_into_a_person_span_and_a_section_name_are_no_names() -> None:
    text = "Gloves from Top Glove , Vardex and Kell will sell . On p3 of the Main section ."
    spans = [("Glove , Vardex", "PERSON"), ("Kell", "ORG"), ("Main", "ORG")]
    assert _names(text, spans) == [("ORG", "Kell")]


def test_a_law_firm_typed_a_person_is_a_body() -> None:
    text = "Ana Vell , of the Tarn based Vell Law Firm , said so ."
    got = _names(text, [("Ana Vell", "PERSON"), ("Vell Law Firm", "PERSON")])
    assert got == [("PERSON", "Ana Vell"), ("ORG", "Vell Law Firm")]


def test_a_common_noun_typed_a_product_opening_a_sentence_is_no_name() -> None:
    text = "The Vell family 's house was hit .\nFamily members said two died . Vexol sold well ."
    got = _names(text, [("Family", "PRODUCT"), ("Vexol", "PRODUCT")])
    assert got == [("PRODUCT", "Vexol")]


def test_a_common_noun_capitalised_mid_sentence_and_typed_a_person_is_no_name() -> None:
    text = (
        "Storm damage in the valley Repairs and cleanup go on. People selling Zorvine "
        "who poison the town; the Zorvine trade grows. It is a zorvine network, "
        "said Ana Brill. Mayor Repairs spoke."
    )
    got = _names(
        text,
        [
            ("Repairs", "PERSON"),
            ("Zorvine", "PERSON"),
            ("Zorvine", "PERSON"),
            ("Ana Brill", "PERSON"),
        ],
    )
    assert got == [("PERSON", "Repairs"), ("PERSON", "Ana Brill")]


def test_a_lone_surname_written_in_lower_case_elsewhere_stays_a_person() -> None:
    text = "The talks failed, Lorne said. Prices of lorne rose. Aides of Lorne 's office left."
    got = _names(text, [("Lorne", "PERSON"), ("Lorne", "PERSON")])
    assert got == [("PERSON", "Lorne"), ("PERSON", "Lorne")]


def test_an_honours_head_noun_left_of_a_cut_award_name_is_no_name() -> None:
    text = "Tarn weekly Award , Minister of the Year , 1993 ; said Ilse Varo."
    got = _names(text, [("Award", "PERSON"), ("Ilse Varo", "PERSON")])
    assert got == [("PERSON", "Ilse Varo")]


def test_a_model_written_in_lower_case_after_its_line_stays_a_name() -> None:
    text = "Besides the eFone Orbit, Vela and Quill, there is more. The eFone vela is smaller."
    got = _names(text, [("Vela", "PERSON")])
    assert got == [("PERSON", "Vela")]


def test_a_lone_surname_with_an_apposition_stays_a_person() -> None:
    # "miller" is no title, but a noun phrase set off after the name says who Brook is
    text = (
        "Officials met Brook on Monday to discuss the dam. Brook, the oldest miller in "
        "Kelby, has fought the plan for years. Water ran down the brook."
    )
    got = _names(text, [("Brook", "PERSON"), ("Brook", "PERSON"), ("Kelby", "GPE")])
    assert got == [("PERSON", "Brook"), ("PERSON", "Brook"), ("GPE", "Kelby")]
