"""Where a quote's words start and end, and what makes one from a span: the words a cue
and its marks cover (`content_span`), a bare participle joined to the words before it
(`joined_to_last`), and the Quote itself cut at a page's datelines (`new_quote`). Kept
apart from the stage so the stage reads as the order of its decisions."""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.colon_labels import label_end
from storyline.analyze.quotes.cues import CORE_CUES, cue_lemma
from storyline.analyze.quotes.mark_owner import Found, overlaps
from storyline.analyze.quotes.marks import MAX_QUOTE_CHARS, holds_words
from storyline.analyze.quotes.nesting import coordinated_in, mostly_inside
from storyline.analyze.quotes.page_breaks import words_end, words_start
from storyline.model import Quote, Speaker

__all__ = ["bare_participle", "content_span", "joined_to_last", "new_quote", "verb_inside"]


def verb_inside(verbs: list[int], start: int, end: int) -> bool:
    """Whether a verb (by its sorted offsets) starts between start and end."""
    i = bisect_left(verbs, start)
    return i < len(verbs) and verbs[i] < end


_CLOSERS = ("''", "”", '"')
"""Closing quotation marks, tokenised, curly and straight."""
_NEXT_QUOTATION = re.compile(r"\s*(?:``|“|\")")
"""An opening quotation mark, tokenised, curly or straight, right after a quotation."""
_SENTENCE_CLOSED = re.compile(r"[.?!]\s*(?:''|”|\")\s*$")
"""Quoted words that end their own sentence inside their marks (`? ''`, `.”`)."""


def content_span(f: Found, text: str) -> tuple[int, int]:
    """The stretch a quote's words cover: its marks and the cue's content where they meet,
    so words quoted apart from the content ('said that ...: "..."') are not joined to
    narration between them; the cue alone when it holds no words."""
    a = f.attribution
    pieces = [(m.start, m.end) for m in f.marks]
    closed = [p for p in pieces if _SENTENCE_CLOSED.search(text, p[0], p[1]) is not None]
    if a.content and (not pieces or any(overlaps(a.content, p) for p in pieces)):
        first = min(p[0] for p in pieces) if pieces else a.content[0]
        content = a.content
        last = max((p[1] for p in pieces), default=content[1])
        if (
            any(p[1] == last for p in closed)
            and last < content[1]
            and _NEXT_QUOTATION.match(text, last, content[1]) is not None
        ):
            # `asked , "... , correct ?" "Yes," he responded` parsed as one content: a
            # quotation opening right after hers closed her sentence is another's (the
            # cue after it, mark_owner), so her words end at hers
            content = (content[0], last)
        if content[0] < first and ":" in text[content[0] : first]:
            # `the mayor asserted that ...: "This is over," she claimed`: the colon opens
            # the quoted words; what stands before it frames them and is not said by her
            pieces.append((first, content[1]))
        elif content[0] < first and text[content[0] : first].rstrip().endswith(_CLOSERS):
            # `"A." "B," Ruiz said` parsed as one content: the closed quotation before her
            # own is not hers (mark_owner gave it elsewhere), so her words start at hers
            pieces.append((first, content[1]))
        elif not (pieces and _new_quotation(text, max(p[1] for p in pieces), content[1])):
            # (`asked , `` You lied , correct ? ''\n`` Yes , '' he responded`: a parse run on
            # past the asker's marks into the next quotation, whose words are the answer's)
            start = content[0] if a.cue == ":" else label_end(text, content[0])
            pieces.append((start, content[1]))
    if not pieces:
        return a.cue_start, a.cue_end
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


_OPENING_MARK = re.compile(r"``|“|(?:^|(?<=\s))\"(?=\w)")


def _new_quotation(text: str, marks_end: int, content_end: int) -> bool:
    """Whether the stretch between the end of an attribution's own quoted words and the
    end of its parsed content opens another quotation right away, on a line of its own: a
    parse that joined the next sentence (often an answer with a verb of its own) to the
    cue. The content then adds nothing to the quoted words: those after are another
    quote's. A title in marks inside the words ("`` The Daily Show '' edited the clip")
    is followed by the rest of them, and stays."""
    if marks_end >= content_end:
        return False
    gap = _LINE_BREAK.match(text, marks_end, content_end)
    return gap is not None and _OPENING_MARK.match(text, gap.end(), content_end) is not None


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def bare_participle(item: Found) -> bool:
    """A participle with no subject and no quoted words ("opposing the plan"): usually no
    attribution, unless it is joined to the words of the one before (`joined_to_last`)."""
    a = item.attribution
    return (
        not item.marks
        and a.source is None
        and a.cue.endswith("ing")
        and cue_lemma(a.cue) not in CORE_CUES
    )


def joined_to_last(text: str, item: Found, quotes: list[Quote]) -> bool:
    """Whether a bare participle carries on an attribution just before it ("telling
    reporters that the mayor is a fake and questioning how he got away with it"): it lies
    in that quote's words, joined by "and" or a comma, and says something of its own, so it
    is a second statement of the same speaker."""
    a = item.attribution
    if a.content is None:
        return False
    start, end = content_span(item, text)
    quote = new_quote(text, start, end, "indirect", a.cue, None)
    return quote is not None and any(
        mostly_inside(quote, q) and coordinated_in(text, item, quote, q) for q in quotes[-3:]
    )


def new_quote(
    text: str, start: int, end: int, kind: str, cue: str | None, speaker: Speaker | None
) -> Quote | None:
    """A Quote of text[start:end], or None when no words are left: the words end where a
    dateline or a bullet opens another part of the page, and start after a dateline that
    opens them, since a page's furniture is nobody's words."""
    end = words_end(text, start, min(end, start + MAX_QUOTE_CHARS))
    start = words_start(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2 or not holds_words(text[start:end]):
        return None
    return Quote(
        start, end, text[start:end], "direct" if kind == "direct" else "indirect", cue, speaker
    )
