"""Where a name cannot run on, and names the model read out of a headline's capitals.

`nlp.annotate` clears sentence boundaries before NER on purpose (a statistical
sentence cut inside "Gen. Smith" must not split the name), so NER may join words
across any gap. Two gaps are different evidence, because of how a page is laid
out, not of how a sentence reads:

- a line break that is not a wrap. A page's head is a run of short lines (an
  address, a headline, a stamp) above the lead; a name does not run from one into
  the next. Hard-wrapped plain text does break a name ("President Jane\\nDoe"),
  but a wrapped line is one the next word would not have fitted on: its length
  plus the next line's first word passes the text's wrap width (the top of the
  cluster its wrapped lines make just under that width, so an unwrapped line among
  them neither widens it nor counts as a wrap; with no such cluster, the 90th
  percentile of its line lengths). A short headline under long paragraphs, or any
  line before a blank one, is a break.
- the dash of a credit line's opening ("Outlet - Company said ..."): one to four
  capitalised words at the start of a line that opens a paragraph, then a dash with
  spaces around it. A spaced dash is punctuation between clauses, never part of a
  name; a wrapped line that starts "Velmar - Dorne Railway said" is inside a sentence.

And a headline in Title Case capitalises every word (every one of four letters or more,
two of them at least words the article writes in lower case), so capitals there are no
evidence of a name: the model reads "Acme Buys" or "Sinks Smith" as one name. A
name found in such a line keeps only its longest run of words that the article
also writes, with the same capitals, outside its Title Case lines; with none, it is
dropped if a word of it is one the article writes in lower case, and kept whole if
not (a name only the headline gives).
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from typing import Any

from spacy.tokens import Span

__all__ = [
    "break_offsets",
    "headline_lines",
    "page_names",
    "split_at_breaks",
    "trim_headline_names",
]

_WRAP_QUANTILE = 0.9
_CREDIT_OPENING = re.compile(
    r"^[ \t]*(?:[A-Z][\w.&']*[ \t]+|\([^()\n]{1,30}\)[ \t]+){1,4}[-\u2013\u2014]{1,2}[ \t]+(?=\S)",
    re.MULTILINE,
)
_TERMINAL = (".", "!", "?", ";")
_MIN_TITLE_WORDS = 3
_MIN_COMMON_WORDS = 2
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_CLOSING = re.compile(r"(?:\s*(?:[)\]'\"\u2019\u201d]|-RRB-|-RSB-))+$")


def break_offsets(text: str) -> list[int]:
    """Character offsets where no name may continue: the start of the text after each
    line break that is not a wrap, and the first character after a credit line's dash
    when that line opens a paragraph (the text's first line, or one after a break)."""
    offsets: list[int] = []
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) >= 2:
        width, clustered = _wrap_width(lengths)
        pos = 0
        for line, after in itertools.pairwise(lines):
            pos += len(line) + 1
            if not line.strip():
                offsets.append(pos)  # a line after a blank one opens a paragraph
                continue
            first = after.split()[0] if after.strip() else ""
            size = len(line.rstrip())
            if not first or size + 1 + len(first) <= width or (clustered and size > width):
                offsets.append(pos)
    opens = {0, *offsets}
    offsets.extend(m.end() for m in _CREDIT_OPENING.finditer(text) if m.start() in opens)
    return sorted(set(offsets))


_WRAP_SLACK = 15
"""How much shorter than the wrap width a wrapped line may be (a long word carried over)."""
_WRAPPED_SHARE = 0.3
_MIN_WRAPPED = 3
_MIN_WRAP_WIDTH = 40
"""Hard wraps are at 60 to 80 columns; a cluster of shorter lines is a page's menu."""


def _wrap_width(lengths: list[int]) -> tuple[int, bool]:
    """The wrap width of a text whose non-empty line lengths are `lengths` (sorted), and
    whether it was read from a cluster of wrapped lines: the longest length L with at
    least three lines, and three in ten, in L-15..L. Wrapped lines crowd just under
    their width, so one unwrapped paragraph or pasted lead line above them does not
    widen it (it is longer than the width: a line no wrap made, so a break). With no
    such cluster (unwrapped paragraphs of any length) the 90th percentile is the width,
    and every line short of it by the next word is a break."""
    need = max(_MIN_WRAPPED, math.ceil(_WRAPPED_SHARE * len(lengths)))
    for top in sorted(set(lengths), reverse=True):
        if top < _MIN_WRAP_WIDTH:
            break
        near = bisect_right(lengths, top) - bisect_right(lengths, top - _WRAP_SLACK)
        if near >= need:
            return top, True
    return lengths[math.ceil(_WRAP_QUANTILE * (len(lengths) - 1))], False


def split_at_breaks(doc: Any) -> None:
    """Cut each entity of `doc` that runs across a break (`break_offsets`) into its
    pieces, each keeping the entity's label, with punctuation and lower-case words
    taken off its edges (`_trimmed`).

    The model's entities are cut after it has read the text, not fenced off before
    (a sentence start set at the break): fenced, it leaves the word after the break
    unnamed where it had wanted to continue ("Outlet - Acme" gave no "Acme")."""
    offsets = break_offsets(doc.text)
    if not offsets:
        return
    ents: list[Any] = []
    changed = False
    starts: list[int] | None = None
    for ent in doc.ents:
        lo = bisect_left(offsets, ent.start_char + 1)
        inside = offsets[lo : bisect_left(offsets, ent.end_char)]
        if not inside and not ent[-1].is_space:
            ents.append(ent)
            continue
        changed = True
        if starts is None:
            starts = [t.idx for t in doc]
        cuts = [ent.start, *(bisect_left(starts, c) for c in inside), ent.end]
        for a, b in itertools.pairwise(cuts):
            piece = _trimmed(doc, a, b, ent.label_)
            if piece is not None:
                ents.append(Span(doc, piece[0], piece[1], label=ent.label_))
    if changed:
        doc.ents = ents


_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _trimmed(doc: Any, lo: int, hi: int, label: str) -> tuple[int, int] | None:
    """Tokens lo..hi of `doc` without their edges that are no name's edges (`_edge`),
    or None if nothing is left, or if a name's piece (not a date or number) is left
    with no capitalised word: the numbers of a page's stamp are no person."""
    while lo < hi and not _edge(doc[lo]):
        lo += 1
    while hi > lo and not _edge(doc[hi - 1]):
        hi -= 1
    if hi <= lo:
        return None
    if label not in _NUMERIC_LABELS and not any(t.text[:1].isupper() for t in doc[lo:hi]):
        return None
    return int(lo), int(hi)


def _is_title_line(line: str, lower: set[str]) -> bool:
    """Whether `line` is a headline in Title Case: no sentence's closing stop (brackets
    and quotes looked through), at least three words of four letters or more, every one
    capitalised, and at least two of them words the article writes in lower case
    (`lower`): a headline capitalises common words ("Flaw", "Reaches"), a list of names
    ("Ana Reyes, Bo Park, Cy Lund", a credit line) has none. A list's label and its
    bracketed roles ("Elected: Ana Reyes (Mayor), Bo Young (Clerk)") are no headline's
    words, and a line of three or more short comma-separated items is a list."""
    end = _CLOSING.sub("", line.rstrip())
    if end.endswith(_TERMINAL) or _is_list(line):
        return False
    body = _LABEL.sub("", _BRACKETED.sub(" ", line))
    words = [w for w in _WORD.findall(body) if len(w) >= 4]
    if len(words) < _MIN_TITLE_WORDS or not all(w[0].isupper() for w in words):
        return False
    return sum(1 for w in words if w.lower() in lower) >= _MIN_COMMON_WORDS


_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_LABEL = re.compile(r"^\s*[^\W\d_]+\s*:")
_MIN_LIST_ITEMS = 3
_MAX_ITEM_WORDS = 4


def _is_list(line: str) -> bool:
    """Whether `line` is a list: three or more comma-separated items of at most four words
    ("Ana Reyes (Mayor), Bo Park (Clerk), Cy Lund (Treasurer)"); a headline's comma
    joins two clauses ("Acme Buys Beta, Shares Jump")."""
    items = [i for i in _BRACKETED.sub(" ", line).split(",") if i.strip()]
    return len(items) >= _MIN_LIST_ITEMS and all(len(i.split()) <= _MAX_ITEM_WORDS for i in items)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines of `text` written in Title Case."""
    lower = {w for w in _WORD.findall(text) if w.islower()}
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _is_title_line(line, lower):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _edge(token: Any) -> bool:
    """Whether a name may begin or end with `token`: a capitalised word, a number, or a
    currency sign ("$4 Million")."""
    return bool(token.text[:1].isupper() or token.text[:1].isdigit() or token.is_currency)


def trim_headline_names(doc: Any) -> None:
    """Cut each entity (not a date or number: capitals are no evidence about those)
    inside a Title Case line of `doc` to its longest run of words
    the article writes elsewhere (outside Title Case lines) with the same capitals;
    drop it if it has none and a word of it is one the article writes in lower case,
    else keep it whole. Numbers and punctuation inside a run are kept, and
    numbers at its edges; punctuation and lower-case words are not its edges."""
    heads = headline_lines(doc.text)
    if not heads or len(heads) == len([ln for ln in doc.text.split("\n") if ln.strip()]):
        return

    starts = [start for start, _ in heads]

    def in_head(char: int) -> bool:
        # heads are disjoint lines in text order: only the last one starting at or
        # before `char` can hold it (a page of many short lines stays linear)
        i = bisect_right(starts, char) - 1
        return i >= 0 and char < heads[i][1]

    written = {t.text for t in doc if t.is_alpha and not in_head(t.idx)}
    lower = {t.text for t in doc if t.is_alpha and t.is_lower and not in_head(t.idx)}
    ents: list[Any] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ in _NUMERIC_LABELS or not in_head(ent.start_char):
            ents.append(ent)
            continue
        best: tuple[int, int] | None = None
        start: int | None = None
        for i in range(ent.start, ent.end + 1):
            ok = i < ent.end and (not doc[i].is_alpha or doc[i].text in written)
            if ok and start is None:
                start = i
            elif not ok and start is not None:
                piece = _trimmed(doc, start, i, ent.label_)
                if piece is not None and (best is None or piece[1] - piece[0] > best[1] - best[0]):
                    best = piece
                start = None
        if best == (ent.start, ent.end) or (best is None and not _common_words(ent, lower)):
            # no word of it written elsewhere, and none a word the article writes in
            # lower case: a name only the headline gives ("Ana Ruiz: Council Votes
            # Again") stays whole
            ents.append(ent)
            continue
        changed = True
        if best is not None:
            ents.append(Span(doc, best[0], best[1], label=ent.label_))
    if changed:
        doc.ents = ents


def _common_words(ent: Any, lower: set[str]) -> bool:
    """Whether a word of `ent` is one the article writes in lower case (`lower`): a
    headline capitalises common words ("Flaw Reaches"), which then make no name."""
    return any(t.is_alpha and t.text.lower() in lower for t in ent)


def page_names(doc: Any) -> None:
    """Entities of `doc` (annotated by the model) cut at the page's breaks and cut
    out of its Title Case lines: the two rules of this module, in that order."""
    split_at_breaks(doc)
    trim_headline_names(doc)
