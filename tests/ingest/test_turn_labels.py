"""One test of a transcript label for every reader of it (text/speaker_labels.py, issue 14): a
label reads as a person's name or a programme role, never as a heading. Every text is
invented."""

from __future__ import annotations

import pytest

from storyline.text.speaker_labels import speaker_label, turn_labels


@pytest.mark.parametrize(
    "label", ["ZAKARIA", "ANA RUIZ", "SEN. TOMAS VELL", "UNIDENTIFIED MALE", "THE PRESIDENT"]
)
def test_names_and_roles_are_speaker_labels(label: str) -> None:
    assert speaker_label(label)
    assert speaker_label(label, "the unidentified man said the president was away .")


@pytest.mark.parametrize(
    "label", ["THE FINISH", "FULL TRANSCRIPT", "TOP STORIES", "MORE NEWS", "NOTES OF A DAY"]
)
def test_headings_are_no_speaker_labels(label: str) -> None:
    assert not speaker_label(label)


def test_a_q_and_a_label_is_no_speaker_where_the_page_writes_the_word() -> None:
    page = "The answer came late : the quay stays shut ."
    assert not speaker_label("ANSWER", page)
    assert speaker_label("POLITICAL ANALYST", "a political analyst said")


def test_a_label_of_words_the_page_writes_in_lower_case_is_ordinary_words() -> None:
    page = "Ferry news : the quay flooded again , breaking the record of 2019 ."
    assert not speaker_label("BREAKING NEWS", page)
    assert not speaker_label("UPDATE", page)
    assert speaker_label("ORLA KESTREL", page)


def test_turn_labels_leave_headings_out() -> None:
    text = (
        "The story of the hut was told in the village .\n"
        "THE FINISH : Only once a year the river freezes .\n"
        "MARA VOSS , HOST : Welcome back . BENNO ULL : Thank you .\n"
    )
    assert turn_labels(text) == ["MARA VOSS", "BENNO ULL"]
