"""The lines a page prints before its wire dateline: headlines, story highlights, links.

A news page's body opens at its dateline ("Brun, Velmar (VNN) -- The council ..."); what the
extracted text holds before it is the page's: the headline, a list of highlights in
headline style ("Rebels claim gains in the west  The envoy is recalled"), a related link,
an editor's note. Run together without full stops, these read as one sentence: shown as a
development it glues three headlines into one line, and a quotation among them ("Crowds
chant 'Get out!'") becomes someone's quote glued to the next headline. `body_start` says
where the body opens, so nothing before it is shown as a development, a quote or a figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from storyline.analyze.quotes.cues import vocab
from storyline.model import Article

__all__ = ["LEAD_CHARS", "before_body", "body_only", "body_start"]

_DATELINE = re.compile(
    r"(?:[A-Z][\w.'/\\-]*\s*,?\s+){1,4}(?:-LRB-|\()\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
    r"\s*(?:-RRB-|\))\s*(?:--|-|\u2013|\u2014)\s+(?=[A-Z`\"\u201c'])"
)
"""A wire dateline: a place of one to four capitalised words, the agency in brackets and a
dash before the body's first word ("Brun , Velmar -LRB- VNN -RRB- -- The ...", "ORLA
(Wire) - Police ...")."""

LEAD_CHARS = 1500
"""How far into a text a dateline may open the body: a page's headline, highlights and
links before it run to a few hundred characters; a bracketed agency further on is a
source named in the story, no dateline."""


_INSIDE_A_SENTENCE = vocab(
    "the a an of by for to in on at from with and or but was is were are be been as that "
    "than into after before"
)
"""Words a headline does not end on but a sentence runs through: a name in brackets after
one ("claimed by the Velmar Army -LRB- VA -RRB- -- a group ...", "was Vesta Bank (VB) --
Britain 's ...") is the story naming a body, no dateline."""


@lru_cache(maxsize=32)
def _dateline(text: str) -> tuple[int, int] | None:
    """Where the first wire dateline within `LEAD_CHARS` starts and where the body's first
    word after it is: at the text's or a line's start, or after headline text, never after
    a word that only runs inside a sentence. Kept per text: the brief asks it of one
    article for each of its figures, quotes and sentences."""
    for m in _DATELINE.finditer(text, 0, LEAD_CHARS):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not before or "\n" in text[m.start() - 1 : m.start()]:
            return m.start(), m.end()
        if before[-1] not in _INSIDE_A_SENTENCE:
            return m.start(), m.end()
    return None


def body_start(article: Article) -> int:
    """Where the article's body opens at its wire dateline (the place's first character),
    0 when no dateline opens it within `LEAD_CHARS`."""
    found = _dateline(article.text)
    return found[0] if found is not None else 0


def _first_word(article: Article) -> int:
    """Where the body's first word after the dateline is (0 when none opens it)."""
    found = _dateline(article.text)
    return found[1] if found is not None else 0


def before_body(article: Article, position: int) -> bool:
    """Whether `position` lies in the page's lines before the dateline (`body_start`)."""
    return position < body_start(article)


def body_only(article: Article) -> Article:
    """The article with the sentences that end before its dateline (its headlines) left out
    of `sentences`, and one running from the headlines into the body ("... Crowds chant
    ... during the speech Brun , Velmar (VNN) -- The council ...") cut to open at the
    body's first word."""
    start = body_start(article)
    if start == 0:
        return article
    first = _first_word(article)
    kept = tuple(
        s if s.start >= first else replace(s, start=first)
        for s in article.sentences
        if s.end > first
    )
    return replace(article, sentences=kept)
