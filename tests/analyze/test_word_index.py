"""The word index answers exactly what the whole-word pattern it replaces did."""

from __future__ import annotations

import re

import pytest

from storyline.analyze.word_index import whole_word_starts

TEXT = (
    "Scheme to cut fees. The scheme, said Ana Vell-Ruiz of Velmar-on-Sea, is a scheme_x; "
    "Vell said the scheme's cost was 12 pounds. O'Dare and o'dare wrote: Schemes, scheme.\n"
    "Ça va, said Çelik; the 2nd scheme-like plan and Vell."
)


def _by_pattern(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)]


@pytest.mark.parametrize(
    "word",
    [
        "scheme",
        "Scheme",
        "Vell",
        "Ruiz",
        "Velmar",
        "scheme_x",
        "12",
        "O'Dare",
        "o'dare",
        "Schemes",
        "Ça",
        "Çelik",
        "2nd",
        "Sea",
        "absent",
        "Vell-Ruiz",
    ],
)
def test_same_places_as_the_whole_word_pattern(word: str) -> None:
    assert list(whole_word_starts(TEXT, word)) == _by_pattern(TEXT, word)


def test_a_word_joined_by_a_hyphen_is_not_alone() -> None:
    # "scheme-like" and "Vell-Ruiz": joined words, never the word alone
    starts = whole_word_starts(TEXT, "scheme")
    assert len(starts) == 3  # "The scheme,", "the scheme's", "scheme." (not "scheme_x")
    assert TEXT.index("scheme-like") not in starts
    assert len(whole_word_starts(TEXT, "Vell")) == 2


def test_each_text_has_its_own_index() -> None:
    assert whole_word_starts("a Vell b", "Vell") == (2,)
    assert whole_word_starts("Vell", "Vell") == (0,)
    assert whole_word_starts("", "Vell") == ()
