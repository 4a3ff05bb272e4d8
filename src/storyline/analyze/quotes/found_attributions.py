"""Attributions found in a parsed text, before quotation marks are given to them.

Split from stage.py (session 41), which had grown past ~500 lines: finding where a cue
verb opens an attribution is one job, done once per text before the marks are assigned
(mark_owner.py) and speakers resolved (stage.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from storyline.analyze.intervals import strictly_inside
from storyline.analyze.quotes.attribution import attributions_in, cue_in, trigger_tokens
from storyline.analyze.quotes.mark_owner import Found
from storyline.analyze.quotes.marks import QuoteMark
from storyline.analyze.quotes.page_breaks import after_furniture
from storyline.model import Sentence

__all__ = ["attributions_found", "inside_marks", "parse_units"]


def inside_marks(marks: list[QuoteMark]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of `marks` (in order, never overlapping)."""
    mark_starts = [m.start for m in marks]

    def quoted(pos: int) -> bool:
        i = bisect_right(mark_starts, pos) - 1
        return i >= 0 and marks[i].start < pos < marks[i].end

    return quoted


def attributions_found(
    text: str, doc: object, sentences: list[Sentence], marks: list[QuoteMark]
) -> list[Found]:
    """Every attribution a cue verb opens in the text's sentences (glued back where a
    quotation spans a boundary), each with no marks yet; a cue inside quotation marks is
    the quoted speaker's own word, not the writer's attribution, and is left out."""
    mark_starts = [m.start for m in marks]
    quoted = inside_marks(marks)
    triggers = trigger_tokens(doc)
    spans = []
    for sentence in parse_units(sentences, marks):
        start = after_furniture(text, sentence.start, sentence.end)
        span = doc.char_span(start, sentence.end, alignment_mode="expand")  # type: ignore[attr-defined]
        if span is None:
            continue
        # marks are in order and never overlap, so the last one starting before the
        # span's end is the only one that can reach into it
        k = bisect_left(mark_starts, span.end_char)
        has_marks = k > 0 and marks[k - 1].end > span.start_char
        if cue_in(doc, triggers, span.start, span.end, quoted, quoted=has_marks):
            spans.append(span)
    return [Found(a) for a in attributions_in(spans, quoted) if not quoted(a.cue_start)]


def parse_units(sentences: list[Sentence], marks: list[QuoteMark]) -> list[Sentence]:
    """Sentences glued back together where a boundary falls inside a closed quotation.

    The parser then sees `"A. B," he said` whole, so the verb finds its subject
    even when the splitter broke the quotation (or broke at a bracket).
    """
    units: list[Sentence] = []
    inside_closed = strictly_inside([(m.start, m.end) for m in marks if m.closed])
    for sentence in sentences:
        if units and inside_closed(sentence.start):
            units[-1] = Sentence(units[-1].start, sentence.end)
        else:
            units.append(Sentence(sentence.start, sentence.end))
    return units
