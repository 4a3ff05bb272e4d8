"""Sentence boundaries: spaCy's statistical sentence recogniser, plus paragraph breaks.

Only the `senter` component runs (about 100k tokens/s), so stages that need
sentences but not a parse (time, timelines) stay cheap. A blank line always
ends a sentence: headings and captions must not glue onto the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from storyline.analyze.nlp import sentence_starts
from storyline.model import Article, Sentence
from storyline.text.calendar_names import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN

__all__ = ["SentenceStage", "split_sentences"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[A-Z\"“'‘])")
_STAMP = re.compile(
    rf"\b{FULL_WEEKDAY_PATTERN}\s+\d{{1,2}}\s+{FULL_MONTH_PATTERN}\s+\d{{4}}"
    r"\s+\d{1,2}[.:]\d{2}\s*(?:[A-Z]{2,4}\b)?"
)
"""A page's publication stamp ("Thursday 3 March 2005 10.15 GMT": weekday, date and clock
time). Prose never writes a time that way, and a headline with no full stop runs into it
and on into the first sentence; the stamp stands as its own sentence so neither glues on."""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, trimmed of surrounding whitespace."""
    if not text.strip():
        return []
    return _spans(text, sentence_starts(text))


def _spans(text: str, doc: Any) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start_char
        for piece in _at_stamps(_PARAGRAPH_BREAK.split(text[sent.start_char : sent.end_char])):
            offset = text.find(piece, start) if piece else -1
            if offset < 0:
                continue
            start = offset + len(piece)
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
    return _past_bracketed_stops(text, spans)


_BRACKETED_STOP = re.compile(r"\([A-Z][^()\n]{0,30}\)[,;]?$")
"""A short bracket after a name: a party-and-state tag ("(D-Ore.)", "(R-Tex.)"), a
stock ticker ("(NASDAQ: VEXO)"), an initial or a short form. The recogniser may end a
sentence there, in the middle of "Sen. Ana Ruiz (D-Ore.) said ..." or "The Acme (NYSE:
ACM) site was hit": a sentence ends at a full stop, not at a bracket's close, so one
that goes on in lower case on the same line is the same sentence."""


def _past_bracketed_stops(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each boundary after a short bracket (`_BRACKETED_STOP`) undone
    when what follows on the same line goes on in lower case ("(D-Ore.) said ...", "(R-Tex.),
    who ..."): no sentence opens that way, so the name and its verb stay one sentence. (A
    rank's abbreviation before its holder's name, "said Sgt. Marty Quenby", is one token,
    `spaced_forms`, and ends no sentence.)"""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            last_start, last_end = out[-1]
            gap = text[last_end:start]
            if (
                "\n" not in gap
                and (text[start].islower() or text[start] in ",;")
                and _BRACKETED_STOP.search(text, last_start, last_end) is not None
            ):
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


def _at_stamps(pieces: list[str]) -> list[str]:
    """The pieces, each cut before and after any publication stamp (`_STAMP`) in it."""
    out: list[str] = []
    for piece in pieces:
        last = 0
        for m in _STAMP.finditer(piece):
            out += [piece[last : m.start()], m.group()]
            last = m.end()
        out.append(piece[last:])
    return out


class SentenceStage:
    name = "sentences"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        if not article.text.strip():
            return replace(article, sentences=())
        doc = sentence_starts(article.text)
        sentences = tuple(Sentence(s, e) for s, e in _spans(article.text, doc))
        # The tokens are left for the entities stage, which need not tokenise again.
        scratch = {**article.scratch, "tokens": doc, "tokens_text": article.text}
        return replace(article, sentences=sentences, scratch=scratch)
