"""A transcript quoted whole, each turn reopening the quotation marks with its label
(“HOLLIS: ...): the label speaks its turn, as it does unquoted (colons.py). Read as one
quote running over paragraphs, every turn went to whoever spoke before the transcript.
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.colons import turn_starts


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_QUOTED_TRANSCRIPT = (
    'On Sunday\'s broadcast of "Morning Report," Senator Ana Ruiz said the new levee was '
    '"strong enough" for the spring floods.\n\n'
    "Partial transcript as follows:\n\n"
    '"HOLLIS: Let me start with the floods. The river rose two metres overnight and the '
    "council says the old levee is failing. Will the new one hold?\n\n"
    '"RUIZ: Well, look, the engineers call it “a fortress.” The levee was built for a '
    "flood like this one, and we are ready for the worst.\n\n"
    '"HOLLIS: And if it fails?\n\n'
    '"RUIZ: Then we will evacuate the lower town. We have buses waiting at the school.\n'
)
"""Straight marks open each turn; a quotation inside a turn is curly, as pages write it."""
_CURLY = _QUOTED_TRANSCRIPT.replace("“", "‘").replace("”", "’").replace('"', "“")


def test_each_quoted_turn_is_its_labels(pipeline: Pipeline) -> None:
    for words, label in (
        ("Let me start", "HOLLIS"),
        ("engineers call it", "RUIZ"),
        ("if it fails", "HOLLIS"),
        ("evacuate the lower town", "RUIZ"),
    ):
        assert speaker_text(pipeline, _QUOTED_TRANSCRIPT, words) == label


def test_a_quoted_turn_is_not_run_into_the_next(pipeline: Pipeline) -> None:
    quoted = [q for q, _ in quotes_and_speakers(pipeline, _QUOTED_TRANSCRIPT)]
    holding = [q for q in quoted if "Let me start" in q]
    assert len(holding) == 1
    assert "engineers" not in holding[0]


def test_curly_marks_open_quoted_turns_too(pipeline: Pipeline) -> None:
    labels = [_CURLY[at : _CURLY.index(":", at)] for at in turn_starts(_CURLY)]
    assert labels == ["HOLLIS", "RUIZ", "HOLLIS", "RUIZ"]
    assert speaker_text(pipeline, _CURLY, "engineers call it") == "RUIZ"


def test_a_quote_opening_with_a_page_marker_is_no_turn() -> None:
    # "UPDATE" is a page's marker, never a speaker: the quoted line starts no turn
    text = "The mayor wrote on Friday.\n\n“UPDATE: the levee is holding and the roads are open.”\n"
    assert turn_starts(text) == []


def test_quoted_words_without_a_label_start_no_turn(pipeline: Pipeline) -> None:
    # an ordinary quote opening a paragraph: the turn reader leaves it alone
    text = (
        "Senator Ana Ruiz spoke on Sunday.\n\n“We are ready for the worst,” Ruiz said.\n\n"
        "“The buses are waiting at the school.”\n"
    )
    assert turn_starts(text) == []
    assert speaker_text(pipeline, text, "buses are waiting") == "Ruiz"


def test_words_after_the_closing_mark_keep_a_quoted_line_from_being_a_turn() -> None:
    # the quotation closes and its line goes on to say who spoke: no transcript turn
    text = (
        "The mayor spoke on Friday.\n\n“HOLLIS: the town hall is burning down tonight!” the "
        "porter shouted.\n\n“HOLLIS: Let me start with the floods.\n"
    )
    assert [text[at : text.index(":", at)] for at in turn_starts(text)] == ["HOLLIS"]
    assert turn_starts(text)[0] > text.index("Let me") - 10
