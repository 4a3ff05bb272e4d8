"""Which earlier direct quote a cue-less quoted stretch continues: `"A," she said. "B."`
is one statement split by its attribution, so "B." runs on from "A,". Split from
stage.py, which joins marks to attributions; deciding whether a gap is only the rest of
an attribution sentence (or a paragraph break) is its own job, with its own test.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.marks import MAX_QUOTE_CHARS, find_quoted
from storyline.analyze.quotes.signatures import signed_after
from storyline.model import Quote

__all__ = ["MAX_CONTINUATION_GAP", "RUN_ON_LOOKBACK", "run_on_host"]

MAX_CONTINUATION_GAP = 200
"""Longest attribution text ("Jones, the mayor, said on Monday.") a running quote may skip."""

RUN_ON_LOOKBACK = 3
"""How many quotes back a running-on quote may find the one it continues."""


def run_on_host(
    text: str, quotes: list[Quote], quote: Quote, past_narrative: bool = False
) -> int | None:
    """Which quote a cue-less quoted stretch continues, if any: the last direct quote, when
    nothing but its attribution sentence stands between them. Indirect speech that the
    attribution sentence carries itself (`"A," she said, noting that the dam held. "B."`,
    `said Ann Ray, who backed the levee.`) lies inside that sentence and does not break
    the quote it interrupts."""
    for k in range(len(quotes) - 1, max(-1, len(quotes) - 1 - RUN_ON_LOOKBACK), -1):
        previous = quotes[k]
        if previous.kind == "direct":
            gap = text[previous.end : quote.start]
            skipped = k < len(quotes) - 1
            if (
                previous.end <= quote.start
                and _continues(gap, previous.cue, past_narrative, _closed(previous.text))
                # `“A.” ― Ana Ruiz` / `“B.”`: a signed quotation ends there
                and signed_after(text, previous.start, previous.end) is None
                and quote.end - previous.start <= MAX_QUOTE_CHARS
                # past indirect speech, only within one sentence: a paragraph between
                # them may be someone else's
                and not (skipped and "\n" in gap.strip())
                and (not skipped or (previous.cue is not None and previous.cue in gap))
            ):
                return k
            return None
        inside_gap = quotes[k - 1].end <= previous.start if k else False
        if not inside_gap or previous.end > quote.start:
            return None
    return None


def _continues(
    gap: str, cue: str | None, past_narrative: bool = False, closed: bool = True
) -> bool:
    """Whether a quote after `gap` continues the one before: nothing between them but
    paragraph breaks, or the rest of that quote's attribution sentence ("..., she said."),
    either before the paragraph break the quote opens or in the same paragraph (`"A," she
    said. "B."` is one statement by one speaker, split by its attribution). With
    `past_narrative`, also a quote in a paragraph the writer's own words open. A paragraph
    of the writer's own standing between them breaks a `closed` quote."""
    if not gap.strip():
        return True
    if len(gap) > MAX_CONTINUATION_GAP or find_quoted(gap):
        return False
    if "\n" in gap:
        first, last = gap.find("\n"), gap.rfind("\n")
        if gap[first:last].strip() and closed:
            # whole paragraphs of the writer's own between a closed quote and the next
            # ("Ivo Marek is a professor at ...") may bring in someone else: the quote
            # after them is its own. Paragraphs after an unclosed quote are its own words.
            return False
        return past_narrative or _opens_paragraph(gap)
    return cue is not None and cue in gap and _one_sentence_end(gap)


_CLOSING_MARK = re.compile(r"(?:''|”|\")[\s,.]*$")


def _closed(words: str) -> bool:
    """Whether a direct quote's words end on a closing quotation mark: one left open at its
    paragraph's end ("She said: `` Years of alert ... plans .") goes on in the paragraphs
    after it, as news writes a quote of several paragraphs."""
    return _CLOSING_MARK.search(words) is not None


def _opens_paragraph(gap: str) -> bool:
    """Whether a quote after a `gap` that holds a paragraph break opens its paragraph: a
    paragraph that begins with the writer's own words ("Finch also embraced harsh methods
    -- "...") has quoted words of its own, not the rest of the quote before it."""
    return not gap[gap.rfind("\n") :].strip()


_ATTRIBUTION_TAIL = re.compile(r"[\s,]*[^.!?;]*[.!?]\s+")
"""The rest of an attribution sentence: no other sentence ends inside it."""
_ABBREVIATION = re.compile(
    r"\(?(?:[A-Z][a-z]{0,3}|[A-Z]\.(?:[A-Z]\.)*[A-Z]|[A-Z]{1,2}-[A-Z][a-z]{1,4})\.\)?,?"
)
"""A word whose full stop ends no sentence: a title or initial ("Sen.", "Mr.", "J."), an
abbreviation with inner stops ("U.S."), a party-and-state tag ("(D-Conn.)")."""


def _one_sentence_end(gap: str) -> bool:
    """Whether `gap` is the rest of one attribution sentence: it ends with a full stop
    and no other sentence ends inside it, a stop after an abbreviation ("said Sen. Ann
    Ray (D-Conn.).") ending none."""
    if _ATTRIBUTION_TAIL.fullmatch(gap) is not None:
        return True
    words = gap.split()
    if not words or not words[-1].endswith((".", "!", "?", ".)", '").')) or ";" in gap:
        return False
    return (
        all(
            not w.endswith((".", "!", "?")) or _ABBREVIATION.fullmatch(w) is not None
            for w in words[:-1]
        )
        and gap[-1:].isspace()
    )
