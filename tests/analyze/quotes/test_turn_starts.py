"""Where transcript turns start, labelled with or without a role, at a line's start or
inside a line (analyze/quotes/colons.turn_starts)."""

from __future__ import annotations

from storyline.analyze.quotes.colons import turn_starts


def _labels(text: str) -> list[str]:
    return [text[at : text.index(":", at)].strip() for at in turn_starts(text)]


def test_labels_with_a_role_inside_a_line_start_a_turn() -> None:
    text = (
        "ROWE : What now , Ana ? ANA VELL , `` THE KESTREL POST , '' TARVO : It varies . "
        "IVO MARSH , COUNCIL ON HARBOUR AFFAIRS : You are right ."
    )
    assert _labels(text) == [
        "ROWE",
        "ANA VELL , `` THE KESTREL POST , '' TARVO",
        "IVO MARSH , COUNCIL ON HARBOUR AFFAIRS",
    ]


def test_a_label_at_a_line_start_with_a_role() -> None:
    assert _labels("Intro line .\nANA VELL, TARVO RADIO: Good evening .") == [
        "ANA VELL, TARVO RADIO"
    ]


def test_capitals_inside_a_sentence_or_a_headline_colon_are_no_turn() -> None:
    assert turn_starts("The NATO : a review of the year . Ruiz : Dam holds") == []
    assert turn_starts("Officials said the ROAD AHEAD was clear . Then they left .") == []


def test_a_heading_in_capitals_starts_no_turn() -> None:
    text = (
        "The girl flew over the hut .\n"
        "THE FINISH : Only once a year the river freezes .\n"
        "I think the river will freeze again .\n"
    )
    assert _labels(text) == []


def test_a_role_ending_a_label_begun_above_starts_a_turn() -> None:
    text = "Intro line .\nANA VELL , U.K.\nSECRETARY OF TRADE : We will pay .\n"
    assert _labels(text) == ["SECRETARY OF TRADE"]
