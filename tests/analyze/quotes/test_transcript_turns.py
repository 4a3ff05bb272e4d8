"""Inside a transcript, a turn's label is who speaks it (issue 14, transcripts21): a label the
page already put at a turn's head starts a turn wherever it stands, its "I" is that label's,
and the label is shown by the full name the page gives. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.colons import turn_starts
from storyline.analyze.quotes.turns import label_name, turn_end


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_TALK = (
    "Tarvo Radio spoke with the harbour master Ilse Morran and the engineer Pavel Dorsk .\n"
    "ILSE MORRAN , HARBOUR MASTER : The quay will reopen in May .\n"
    "DORSK : I doubt that very much , the pilings are rotten .\n"
    "MORRAN : We replaced half of them last winter .\n"
    "4 -RRB- The Cost of the Repairs DORSK : I do n't think the council can pay for the rest .\n"
    "MORRAN : The council has already voted the money .\n"
)


def _labels(text: str) -> list[str]:
    return [text[at : text.index(":", at)].strip() for at in turn_starts(text)]


def test_a_known_label_after_a_heading_starts_a_turn() -> None:
    assert "DORSK" in _labels(_TALK)
    assert _labels(_TALK).count("DORSK") == 2


def test_the_i_after_a_heading_is_the_label_s_not_the_turn_before(pipeline: Pipeline) -> None:
    shown = speakers_shown(pipeline, _TALK, "council can pay")
    assert shown and all(s is not None and "Dorsk" in s for s in shown)


def test_a_surname_label_is_shown_by_the_full_name_the_page_gives(pipeline: Pipeline) -> None:
    shown = speakers_shown(pipeline, _TALK, "replaced half")
    assert shown == ["Ilse Morran"]


def test_a_label_never_heading_a_turn_splits_nothing() -> None:
    text = (
        "VELL : The ferry runs again .\n"
        "ROWE : Not on Sundays .\n"
        "Read more in the Harbour Notes KASTRO : A history of the port .\n"
    )
    assert _labels(text) == ["VELL", "ROWE"]


def test_the_surname_ending_a_longer_label_starts_no_second_turn() -> None:
    text = "VELL : The ferry runs again .\nROWE : Not on Sundays .\nANA VELL : It does .\n"
    assert _labels(text) == ["VELL", "ROWE", "ANA VELL"]


def test_one_label_alone_is_no_transcript() -> None:
    text = "Notes of a Day VELL : The ferry runs again .\nVELL : Not on Sundays .\n"
    assert _labels(text) == ["VELL"]


def test_a_long_role_after_the_name_still_labels_a_turn(pipeline: Pipeline) -> None:
    text = (
        "ROWE , HOST : Who decides ?\n"
        "ANA VELL , ENVOY OF TARVO TO THE HARBOUR COUNCIL : The council decides , not me .\n"
        "ROWE : Thank you .\n"
    )
    said = dict(quotes_and_speakers(pipeline, text))
    assert any("council decides" in q and s and "VELL" in s for q, s in said.items()), said


def test_label_name_reads_the_full_name_in_ordinary_case() -> None:
    span = label_name(_TALK, _TALK.index("MORRAN :"), _TALK.index("MORRAN :") + 6)
    assert span is not None and span.text == "Ilse Morran"


def test_label_name_falls_back_to_the_longest_label() -> None:
    text = "ANA VELL , ENVOY : Yes .\nROWE : And then ?\nVELL : No .\n"
    at = text.index("VELL : No")
    span = label_name(text, at, at + 4)
    assert span is not None and span.text == "ANA VELL"


def test_label_name_leaves_a_label_with_no_longer_form() -> None:
    text = "ROWE : And then ?\nVELL : No .\n"
    assert label_name(text, text.index("VELL"), text.index("VELL") + 4) is None
    assert label_name("Tom said : no .", 0, 3) is None


def test_a_quote_the_turn_gives_to_someone_else_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "ROWE , HOST : Welcome back .\n"
        "VELL : Good evening .\n"
        "ROWE : The mayor , Dan Kessel , said the port would close on Friday .\n"
        "VELL : I think he is wrong .\n"
    )
    shown = speakers_shown(pipeline, text, "port would close")
    assert "Dan Kessel" in shown


def test_label_name_finds_the_name_written_without_the_label_s_title() -> None:
    text = "Ana Vell teaches at Tarvo .\nROWE : Why ?\nPROF. ANA VELL : Because .\nVELL : Yes .\n"
    at = text.index("VELL : Yes")
    span = label_name(text, at, at + 4)
    assert span is not None and span.text == "Ana Vell"


def test_words_found_by_a_verb_end_before_the_next_turn_s_label(pipeline: Pipeline) -> None:
    text = (
        "ROWE , HOST : Welcome back .\n"
        "VELL : Good evening .\n"
        "ROWE : I think it was when the mayor spoke -- VELL : That could be why I left .\n"
    )
    said = quotes_and_speakers(pipeline, text)
    assert not any("could be why" in q and s == "ROWE" for q, s in said), said
    assert any(q.startswith("That could be why") and s == "VELL" for q, s in said), said


def test_turn_end_cuts_before_a_label_and_its_dash() -> None:
    text = "ROWE : I think it was then -- VELL : No ."
    at = text.index("VELL")
    assert turn_end(text, [0, at], 7, len(text)) == text.index(" -- ")
    assert turn_end(text, [0], 7, len(text)) == len(text)


def test_label_name_leaves_titles_out_of_the_longest_label() -> None:
    text = "U.S. PRESIDENT ANA VELL : Yes .\nROWE : And then ?\nVELL : No .\n"
    at = text.index("VELL : No")
    span = label_name(text, at, at + 4)
    assert span is not None and span.text == "ANA VELL"
    at = text.index("U.S. PRESIDENT")
    assert label_name(text, at, at + len("U.S. PRESIDENT ANA VELL")) is None


def test_a_surname_the_prose_writes_after_a_first_name_is_left_to_the_tagger() -> None:
    text = "Ana Vell spoke .\nPROF. ANNA VELL : Yes .\nROWE : And then ?\nVELL : No .\n"
    at = text.index("VELL : No")
    assert label_name(text, at, at + 4) is None


def test_one_word_cut_off_by_the_next_label_is_no_quote() -> None:
    text = "ROWE : How -- VELL : No ."
    assert turn_end(text, [0, text.index("VELL")], 7, len(text)) == 7


def test_label_name_leaves_a_surname_two_labels_share() -> None:
    text = (
        "ANA VELL , HOST : Welcome back .\n"
        "TOM VELL , SENATOR : Thank you for having me .\n"
        "VELL : We vote on Friday .\n"
    )
    at = text.index("VELL : We")
    assert label_name(text, at, at + 4) is None


def test_label_name_joins_a_titled_label_to_the_same_name() -> None:
    text = "PROF. ANA VELL , ENVOY : Yes .\nANA VELL : Indeed .\nROWE : And then ?\nVELL : No .\n"
    at = text.index("VELL : No")
    span = label_name(text, at, at + 4)
    assert span is not None and span.text == "ANA VELL"
