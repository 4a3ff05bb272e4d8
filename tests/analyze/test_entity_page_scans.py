"""Entity rules that read far across a page stop as soon as their answer is known, with the
answer the full reading gave (resolve.within_a_sentence, body_forms._credited)."""

from __future__ import annotations

import re

import pytest

from storyline.analyze.entities.body_forms import _credited
from storyline.analyze.entities.resolve import _SENTENCE_END, within_a_sentence

TEXT = (
    "Marisol Quenby opened the Velmar Falls clinic . Quenby spoke . "
    '"It is over ." Aides left ! Did they ? Quenby stayed .\n'
    "KP reported a loss , while the KP-backed group and KPX said nothing . "
    "Officials at AP quoted nobody ; (AP) reports came later , as XAP cited none ."
)


def _counted(text: str, end: int, start: int) -> bool:
    return len(_SENTENCE_END.findall(text, end, start + 1)) <= 1


def test_within_a_sentence_as_counting_every_end() -> None:
    words = [m.start() for m in re.finditer(r"\S+", TEXT)]
    for a in words:
        for b in words:
            if a <= b:
                assert within_a_sentence(TEXT, a, b) == _counted(TEXT, a, b), (a, b)


def test_within_a_sentence_one_end_between_but_not_two() -> None:
    first = TEXT.index("clinic")
    assert within_a_sentence(TEXT, first, TEXT.index("Quenby spoke"))
    assert not within_a_sentence(TEXT, first, TEXT.index("Aides"))


@pytest.mark.parametrize("letters", ["KP", "AP", "XA", "PX", "QU", "ZZ"])
def test_credited_as_searching_the_whole_page(letters: str) -> None:
    slow = re.search(rf"\b{re.escape(letters)}\s+(?:reported|reports|quoted|cited)\b", TEXT)
    assert _credited(TEXT, letters) == (slow is not None)


def test_credited_letters_need_a_word_start() -> None:
    assert _credited(TEXT, "KP")
    assert _credited(TEXT, "AP")  # "(AP) reports" is no credit, "at AP quoted" is
    assert not _credited("the XAP cited none", "AP")
