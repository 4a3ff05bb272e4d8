"""Who "one of them" is when it speaks ("Two engineers told the paper ... One of them said").

The phrase stands for a member of the group the text just gave as a source. A reader
shown "One of them" cannot tell of whom; shown "one of two engineers who worked at the
dam" they read what the text says. When the last source is no group a description names
(a person, a body, two people named apart), the phrase is shown as no one: which of them
spoke is not written, and guessing would show a name the text never gave the words.
"""

from __future__ import annotations

from storyline.analyze.quotes.discourse import Discourse, evidence_of, plural
from storyline.analyze.quotes.referents import head_words
from storyline.model import Speaker

__all__ = ["one_of_group", "one_of_them"]

_MEMBER_OF = frozenset({"them", "those"})


def one_of_them(words: list[str]) -> bool:
    """Whether a source's lower-case words are "one of them" / "one of those"."""
    return len(words) == 3 and words[0] == "one" and words[1] == "of" and words[2] in _MEMBER_OF


def one_of_group(d: Discourse, surface: str, start: int, end: int) -> Speaker:
    """ "One of them" read as one member of the group the latest source before `start` was
    (an unnamed plural description in the same sentence or the two before), shown as "one
    of <that description>"; unresolved (shown as no one) otherwise."""
    latest = next((s for s in reversed(d.history) if s.pos < start), None)
    unresolved = Speaker(surface, start, end, None, False, "unresolved")
    if latest is None or d.sentence_of(latest.pos) < d.sentence_of(start) - 2:
        return unresolved
    group = latest.speaker
    if (
        group.canonical
        or group.resolution != "description"
        or not plural(" ".join(head_words(group.text)))
    ):
        return unresolved
    words = group.text.strip().split()
    if words and words[0][:1].isupper() and words[0].casefold() in _OPENING_WORDS:
        words[0] = words[0].casefold()  # "Two engineers ..." read inside "one of two ..."
    shown = "one of " + " ".join(words)
    return Speaker(surface, start, end, shown, False, "description", evidence_of(group))


_OPENING_WORDS = frozenset(
    {"the", "two", "three", "four", "five", "six", "several", "some", "many", "both"}
)
"""Words that open a group's description with a capital only because they open its
sentence."""
