"""A live blog's clock label is no part of a speaker, and an outlet's correction note
is no one's statement (fix49, issue 14): "10:40 - A senior official tells us ..." was
shown with the clock as the speaker, and "An earlier version of this article said
..." showed the retracted words as a quote. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, stated_quotes

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.clock_labels import after_clock_label
from storyline.analyze.quotes.corrections import correction_source


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


LIVE = (
    "Flood day in Tarrow Vale, as it happened\n\n"
    "09:15 - Water is rising along the Brenn river.\n\n"
    "10:40 - A spokeswoman for the Tarrow Vale council tells us the east bridge will stay "
    "closed until Friday.\n\n"
    "11:05 - Mayor Odile Farnsby says the town has 300 sandbags left and needs more."
)


def test_a_clock_label_is_cut_from_the_speaker(pipeline: Pipeline) -> None:
    bridge = quote_with(pipeline, LIVE, "east bridge")
    assert bridge.speaker is not None
    assert bridge.speaker.text == "A spokeswoman for the Tarrow Vale council"
    bags = quote_with(pipeline, LIVE, "sandbags")
    assert bags.speaker is not None
    assert bags.speaker.text == "Mayor Odile Farnsby"


@pytest.mark.parametrize(
    ("source", "left"),
    [
        ("13:30 - Odile Farnsby", "Odile Farnsby"),
        ("9.05 \u2013 A council engineer", "A council engineer"),
        ("Odile Farnsby", "Odile Farnsby"),
        ("13:30", "13:30"),  # nothing but the clock: left to other rules
        ("1:05 AM A panel of river engineers", "A panel of river engineers"),
        ("9:40 p.m. - Amsel Dorr", "Amsel Dorr"),
        ("10:15 Amy Vell", "Amy Vell"),  # "Am" opening a name is no "a.m."
    ],
)
def test_after_clock_label(source: str, left: str) -> None:
    start, end = after_clock_label(source, (0, len(source)))
    assert source[start:end] == left


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this article said three pumps had failed at the "
        "Brenn station. One pump failed.",
        "Mayor Odile Farnsby spoke on Monday. Last week's edition said the levee cost 4 "
        "million crowns; it cost 2 million.",
        "10:55 - An earlier entry said the school on Quay Lane had flooded. It has not.",
    ],
)
def test_a_correction_note_is_no_statement(pipeline: Pipeline, text: str) -> None:
    shown = [q.text for q in stated_quotes(pipeline, text)]
    assert not any(w in s for s in shown for w in ("pumps", "levee", "school")), shown


@pytest.mark.parametrize(
    ("source", "correction"),
    [
        ("An earlier version of this story", True),
        ("a previous version", True),
        ("Sunday's edition", True),
        ("The earlier report", False),  # another's report: a source like any other
        ("the council engineer", False),
        ("the first edition", False),
    ],
)
def test_correction_source(source: str, correction: bool) -> None:
    assert correction_source(source) is correction


def test_a_report_of_someone_else_is_still_shown(pipeline: Pipeline) -> None:
    text = "Engineer Piet Halvorsen said the Brenn levee would hold until Thursday."
    shown = stated_quotes(pipeline, text)
    assert [q.speaker.name if q.speaker else None for q in shown] == ["Piet Halvorsen"]
