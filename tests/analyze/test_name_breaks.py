"""Names are cut at a page's breaks (a line that is not a wrap, a credit line's dash)
and names read from a Title Case headline keep only words the article writes elsewhere;
hard-wrapped text keeps a name that runs over a wrap."""

from __future__ import annotations

import textwrap
from typing import Any

from storyline.analyze.name_breaks import (
    break_offsets,
    headline_lines,
    split_at_breaks,
    trim_headline_names,
)
from storyline.analyze.nlp import annotate, load_nlp

HEAD = (
    "http://example.org/2031/brantsoft-vexo-flaw\n"
    "Brantsoft: Vexo Flaw Reaches Every Version\n"
    "Brantsoft said today that attackers are exploiting a flaw in every version of its "
    "Vexo browser, and that a fix would follow from its engineers in Orlanby next week.\n"
)

WRAPPED = textwrap.fill(
    "The council met on Tuesday to discuss the budget, and its chairman, President Kalvin "
    "Odoro, said the vote would come later in the month after hearings in the capital. Odoro "
    "added that the members of the council had asked for a delay because the figures had "
    "not been published by the treasury on time.",
    84,
)
"""Plain text hard-wrapped at 84 characters, with a name across the first wrap."""


def _doc(text: str, ents: list[tuple[str, str]]) -> Any:
    """A tokenised `text` whose entities are the given (substring, label) pairs."""
    doc = load_nlp(("tok2vec", "tagger", "ner")).make_doc(text)
    spans = []
    for sub, label in ents:
        start = text.index(sub)
        spans.append(doc.char_span(start, start + len(sub), label=label))
    doc.ents = spans
    return doc


def test_a_short_line_above_long_ones_is_a_break() -> None:
    second = HEAD.index("Brantsoft said")
    assert second in break_offsets(HEAD)


def test_a_wrapped_line_is_not_a_break() -> None:
    assert "Kalvin\nOdoro" in WRAPPED
    assert break_offsets(WRAPPED) == []


def test_a_line_before_a_blank_line_is_a_break_even_when_long() -> None:
    text = WRAPPED.replace("Kalvin\nOdoro", "Kalvin\n\nOdoro")
    after_name = text.index("Kalvin") + len("Kalvin")
    assert any(after_name < o <= text.index("Odoro,") for o in break_offsets(text))
    doc = _doc(text, [("Kalvin\n\nOdoro", "PERSON")])
    split_at_breaks(doc)
    assert [e.text for e in doc.ents] == ["Kalvin", "Odoro"]


def test_a_credit_line_dash_is_a_break() -> None:
    text = "Dalewire - Brantsoft today said that a flaw affects its browser.\nMore text follows."
    assert text.index("Brantsoft") in break_offsets(text)
    text = "ORLANBY (Dalewire) \u2014 Brantsoft said a fix would come."
    assert text.index("Brantsoft") in break_offsets(text)


def test_a_dash_inside_a_sentence_is_not_a_credit() -> None:
    text = "The mayor of Orlanby said the budget - all of it - would pass next week."
    assert break_offsets(text) == []


LONG_LEAD = (
    "Late that night the council of Orlanby also approved a budget for the coming year that "
    "raises the rates for water and waste by four per cent and cuts the library's hours.\n"
)
"""One unwrapped line (a pasted lead) above a hard-wrapped paragraph."""


def test_one_unwrapped_line_does_not_widen_the_wrap_width() -> None:
    # with fewer than ten lines the 90th percentile was the longest line: every wrap
    # then read as a break and cut "President Kalvin\nOdoro" (review42)
    text = LONG_LEAD + WRAPPED
    assert break_offsets(text) == [len(LONG_LEAD)]
    doc = _doc(text, [("Kalvin\nOdoro", "PERSON")])
    split_at_breaks(doc)
    assert [e.text for e in doc.ents] == ["Kalvin\nOdoro"]


def test_a_spaced_dash_at_a_wrapped_lines_start_is_no_credit() -> None:
    text = textwrap.fill(
        "The line was closed for a week after the storm, and the company that runs it, "
        "Orlanby - Dorvel Railway Company, said on Monday that it would cut three hundred "
        "jobs in the spring because the repairs had cost more than the year's profit.",
        77,
    )
    assert "\nOrlanby - Dorvel" in text
    assert break_offsets(text) == []


def test_an_entity_across_a_break_is_cut_into_its_named_pieces() -> None:
    doc = _doc(HEAD, [("Every Version\nBrantsoft", "ORG"), ("Orlanby", "GPE")])
    split_at_breaks(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Every Version", "ORG"),
        ("Brantsoft", "ORG"),
        ("Orlanby", "GPE"),
    ]


def test_an_entity_across_a_wrap_is_kept_whole() -> None:
    doc = _doc(WRAPPED, [("Kalvin\nOdoro", "PERSON")])
    split_at_breaks(doc)
    assert [e.text for e in doc.ents] == ["Kalvin\nOdoro"]


def test_a_credit_is_cut_from_the_company_after_it() -> None:
    text = "Dalewire - Brantsoft today said that a flaw affects its browser.\nMore text follows."
    doc = _doc(text, [("Dalewire - Brantsoft", "ORG")])
    split_at_breaks(doc)
    assert [e.text for e in doc.ents] == ["Dalewire", "Brantsoft"]


def test_title_case_lines_are_found() -> None:
    lines = [HEAD[a:b] for a, b in headline_lines(HEAD)]
    assert lines == ["Brantsoft: Vexo Flaw Reaches Every Version"]
    assert headline_lines("We have found a new host for the show !") == []


def test_a_list_of_names_or_a_bracketed_aside_is_no_headline() -> None:
    names = "Dalewire's Ana Reyes, Bodo Park, Cyra Lund and Edda Vinter\n"
    assert headline_lines(names + HEAD.split("\n", 2)[2]) == []
    aside = "(For details, see The Orlanby Ledger of March 17 and the Dalewire Times.)\n"
    assert headline_lines(aside + "The ledger and the times reported it.\n") == []


def test_a_list_of_names_with_roles_is_no_headline() -> None:
    # the roles in brackets and the label are common words, but no headline's: read as
    # one, "Rosa Young" was dropped because the article writes "young" (review42)
    text = (
        "Orlanby chose a new council. The mayor, the treasurer and the clerk were elected, "
        "and the young voters came out in numbers.\n"
        "Elected: Marisol Quenby (Mayor), Rosa Young (Treasurer), Ignaz Dobrel (Clerk)\n"
        "The new council meets on Friday for the first time.\n"
    )
    assert headline_lines(text) == []
    doc = _doc(text, [("Rosa Young", "PERSON")])
    trim_headline_names(doc)
    assert [e.text for e in doc.ents] == ["Rosa Young"]
    assert headline_lines("Acme Buys Beta, Shares Jump\nAcme said it would buy the beta shares.")


def test_a_headline_name_keeps_the_words_written_elsewhere() -> None:
    doc = _doc(HEAD, [("Vexo Flaw Reaches Every", "ORG"), ("Orlanby", "GPE")])
    trim_headline_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Vexo", "ORG"), ("Orlanby", "GPE")]


def test_a_headline_name_with_no_word_written_elsewhere_is_dropped() -> None:
    doc = _doc(HEAD, [("Flaw Reaches", "PERSON")])
    trim_headline_names(doc)
    assert list(doc.ents) == []


def test_a_name_only_the_headline_gives_stays_whole() -> None:
    # no word of it written elsewhere, and none a word the article writes in lower case
    text = (
        "Ilse Varnhout: Harbour Board Will Vote Again on the Pier Plan\n\n"
        "The board met on Tuesday evening to discuss the pier and its plan for a vote."
    )
    doc = _doc(text, [("Ilse Varnhout", "PERSON")])
    trim_headline_names(doc)
    assert [e.text for e in doc.ents] == ["Ilse Varnhout"]


def test_numbers_stay_in_a_headline_name_but_make_no_name_alone() -> None:
    text = "Brantsoft Wins Cup 2031 Final Again\nBrantsoft wins the 2031 cup final again."
    doc = _doc(text, [("Brantsoft Wins Cup 2031", "EVENT")])
    trim_headline_names(doc)
    assert [e.text for e in doc.ents] == ["Brantsoft"]
    doc = _doc(text, [("Cup 2031 Final", "EVENT")])
    trim_headline_names(doc)
    assert list(doc.ents) == []
    doc = _doc(text, [("2031 Final", "DATE")])
    trim_headline_names(doc)
    assert [e.text for e in doc.ents] == ["2031 Final"]


def test_a_sum_in_a_headline_is_kept_whole() -> None:
    text = "Brantsoft Sells Vexo Unit For $4 Million\nBrantsoft sells the unit for a million."
    doc = _doc(text, [("$4 Million", "MONEY"), ("Vexo Unit", "ORG")])
    trim_headline_names(doc)
    assert [e.text for e in doc.ents] == ["$4 Million"]


def test_a_stamp_cut_from_an_address_is_no_name() -> None:
    text = "example . org / 2031 / vexo . html\n8 / 2 / 31 at 1 : 30 PM\n" + HEAD.split("\n", 2)[2]
    doc = _doc(text, [("html\n8 / 2 / 31", "PERSON")])
    split_at_breaks(doc)
    assert list(doc.ents) == []


def test_annotate_cuts_a_credit_and_a_headline_name() -> None:
    text = (
        "Dalewire - Brantsoft today said that hackers are exploiting a flaw in its browser.\n"
        "Brantsoft said a fix would come soon from its engineers in Orlanby.\n"
    )
    names = [e.text for e in annotate(text).ents]
    assert "Dalewire - Brantsoft" not in names
    assert "Brantsoft" in names
    head = "Brantsoft: Vexo Zero Day Flaw Reaches Every Version\n" + HEAD.split("\n", 2)[2]
    names = [e.text for e in annotate(head).ents]
    assert not any(" Day" in n or "Flaw" in n for n in names)
