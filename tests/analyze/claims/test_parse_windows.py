"""Which spans the claim stage parses: only sentences holding a number, each once."""

from __future__ import annotations

from storyline.analyze.claims.syntax import MAX_WINDOW_TOKENS, parse_windows
from storyline.analyze.nlp import annotate

TEXT = (
    "The storm closed 12 schools. Nobody was hurt. "
    "Crews cleared 40 roads and 3 bridges by noon. The mayor thanked them."
)


def _sentence_ranges(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        out.append((start, end))
        start = end + 1
    return out


def test_only_sentences_with_a_number_are_windows_whatever_the_order_of_numbers() -> None:
    doc = annotate(TEXT)
    ranges = _sentence_ranges(TEXT)
    numbers = [TEXT.index("3 bridges"), TEXT.index("12"), TEXT.index("40")]  # not in text order
    windows = parse_windows(doc, ranges, numbers)
    assert [w.text for w in windows] == [
        "The storm closed 12 schools.",
        "Crews cleared 40 roads and 3 bridges by noon.",
    ]
    assert parse_windows(doc, ranges, []) == []


def test_a_long_sentence_is_cut_and_only_pieces_with_a_number_are_kept() -> None:
    words = ["word"] * (MAX_WINDOW_TOKENS * 3)
    words[MAX_WINDOW_TOKENS * 2 + 5] = "17"
    text = " ".join(words) + "."
    doc = annotate(text)
    windows = parse_windows(doc, [(0, len(text))], [text.index("17")])
    assert len(windows) == 1
    assert "17" in windows[0].text and len(windows[0]) <= MAX_WINDOW_TOKENS
