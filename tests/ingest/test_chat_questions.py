"""Readers' questions in a live online discussion, each headed by the reader's place
("Port Elm, Westshire: ...") and answered under the guest's name label: the questions are
readers' words and go, the guest's answers stay. Texts written for the test."""

from __future__ import annotations

from storyline.ingest.comments import drop_comment_sections

INTRO = "Harbour engineer Ann Lee was online Monday to take your questions about the wall."
ANSWERS = [
    "Ann Lee: The wall will be finished by May.",
    "Ann Lee: No, the cost has not changed since the council voted.",
    "Ann Lee: Yes, the old stones are being reused.",
]


def test_readers_questions_headed_by_their_place_go_and_the_answers_stay() -> None:
    lines = [
        INTRO,
        "Port Elm, Westshire: When will the wall be finished?",
        "My house is right behind it.",
        ANSWERS[0],
        "Leeds, UK: Has the cost gone up?",
        ANSWERS[1],
        "Harbour Town, Westshire: Are the old stones reused?",
        "I hope so.",
        ANSWERS[2],
        "It was a good choice.",
    ]
    assert drop_comment_sections(lines) == [INTRO, *ANSWERS[:2], *ANSWERS[2:], lines[-1]]


def test_a_transcript_with_named_speakers_stays() -> None:
    lines = [
        INTRO,
        "Ann Lee: The wall will be finished by May.",
        "Tom Hale: That is later than the council promised.",
        "Ann Lee: The storms held us back.",
        "Port Elm, Westshire: a town of 4,000 people.",
        "Tom Hale: We will see.",
    ]
    assert drop_comment_sections(lines) == lines


def test_other_labels_head_questions_when_the_opening_names_the_guest() -> None:
    lines = [
        INTRO,
        "Port Elm, Westshire: When will the wall be finished?",
        "Leeds, UK: Has the cost gone up?",
        "Anonymous: Why not use concrete instead?",
        "It seems cheaper to me.",
        ANSWERS[0],
        "Westshire: Will the ferry run during the works?",
        "Harbour Town, Westshire: Are the old stones reused?",
        ANSWERS[2],
    ]
    assert drop_comment_sections(lines) == [INTRO, ANSWERS[0], ANSWERS[2]]


def test_other_labels_stay_when_the_opening_names_no_guest() -> None:
    # the answers' label is used twice, so the place-headed questions go; with no guest
    # named in the opening, a one-word label is not read as a question
    lines = [
        "The council answered readers' questions about the wall on Monday.",
        "Port Elm, Westshire: When will the wall be finished?",
        "Council: By May.",
        "Leeds, UK: Has the cost gone up?",
        "Council: No.",
        "Harbour Town, Westshire: Are the old stones reused?",
        "Note: the wall is 2 km long.",
    ]
    kept = drop_comment_sections(lines)
    assert "Note: the wall is 2 km long." in kept and "Council: By May." in kept


def test_the_guests_answer_run_onto_a_questions_line_stays() -> None:
    lines = [
        INTRO,
        "Port Elm, Westshire: When will the wall be finished?",
        "Leeds, UK: Has the cost gone up?",
        "Anonymous: Will my rates go up?? Ann Lee: No, the council pays for the wall.",
        ANSWERS[0],
        "Harbour Town, Westshire: Are the old stones reused?",
        ANSWERS[2],
    ]
    assert drop_comment_sections(lines) == [
        INTRO,
        "Ann Lee: No, the council pays for the wall.",
        ANSWERS[0],
        ANSWERS[2],
    ]


def test_the_guests_points_under_their_own_labels_stay() -> None:
    # "First:"/"Second:" set out the guest's answer: they neither ask anything nor get an
    # answer from the guest, so they are not readers' questions
    lines = [
        INTRO,
        "Port Elm, Westshire: Why can't the wall stand on the seabed itself?",
        "Ann Lee: There are two reasons.",
        "First: the seabed cannot carry the weight of the stones.",
        "Second: the budget is fixed at 40 million crowns.",
        "Leeds, UK: Has the cost gone up?",
        ANSWERS[1],
        "Harbour Town, Westshire: Are the old stones reused?",
        ANSWERS[2],
    ]
    assert drop_comment_sections(lines) == [INTRO, *lines[2:5], ANSWERS[1], ANSWERS[2]]


def test_a_label_the_guest_answers_heads_a_readers_turn_without_a_question_mark() -> None:
    lines = [
        INTRO,
        "Port Elm, Westshire: When will the wall be finished?",
        ANSWERS[0],
        "Northfold: Great work on the wall so far.",
        ANSWERS[1],
        "Leeds, UK: Has the cost gone up?",
        "Harbour Town, Westshire: Are the old stones reused?",
        ANSWERS[2],
    ]
    assert drop_comment_sections(lines) == [INTRO, *ANSWERS]


def test_a_label_right_after_a_readers_question_heads_one_too() -> None:
    lines = [
        INTRO,
        "Port Elm, Westshire: When will the wall be finished?",
        "Northfold: Is it true the stones come from the old pier.",
        "Leeds, UK: Has the cost gone up?",
        ANSWERS[1],
        "Harbour Town, Westshire: Are the old stones reused?",
        ANSWERS[2],
    ]
    assert drop_comment_sections(lines) == [INTRO, ANSWERS[1], ANSWERS[2]]
