"""Readers' comments under an article: what is written there is no one's reported words.

A page saved with its comment section ("Ana R. April 2 , 2011 at 10:47 pm | Reply I
agree that ...", "Posted by Tom V on April 2 , 2005 11:01 PM", "This comment was removed
because the moderators found it broke the rules") holds readers' opinions: "you and your
friends thought ...", "workers will tell you ...". A reporting verb there makes its
subject a speaker no reporter quoted, and a reader shown it is misled. Removing such
sections belongs to ingest; this guard marks every quote found inside one as stating
nothing (`Quote.stated`), so no list a reader reads takes it, while PolNeAR's scoring
still sees the attribution where it is written.

The signals are a comment's shape, not any site's name: a reply link after a time of
day, a "Posted by" signature opening a line (or, with its time of day, anywhere under
the article's text: see `_TIMED_SIGNATURE`), and a moderator's or comment policy's line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyze.quotes.shown import unstated_at, unstated_speaker
from storyline.model import Quote

__all__ = ["MIN_COMMENT_MARKS", "comment_section_start", "readers_words"]

_COMMENT_MARK = re.compile(
    r"(?im)^[ \t]*-?[ \t]*(?P<signed>Posted by)\b"
    r"|\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\|\s*Reply\b"
    r"|\bcomments?\b[^\n]{0,80}\b(?:do not (?:necessarily )?represent|we welcome"
    r"|moderat(?:ed|ors?|ion|ing)\b)"
)
"""One comment's mark: "10:47 pm | Reply", "Posted by Tom V", "comment was removed because
the moderators ...", "Comments are moderated", "Views expressed in the comments do not
represent ...". The moderating words are the policy's own forms: "moderate(s)" is a
politics word ("his comments about moderate members", "the comments angered
moderates"), which an article's own sentences use."""
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\s]*\n")
"""A line ending a sentence: article text has begun above it."""
MIN_COMMENT_MARKS = 2
"""Marks needed before a page is read as carrying comments: one "Posted by" may sign the
article itself. A reply link belongs to a comment only, and is enough alone (ingest drops
most of a comment section's furniture, often all but one mark)."""
_REPLY = re.compile(r"\|\s*Reply\b")
_TIMED_SIGNATURE = re.compile(
    r"\bPosted by\s*:?\s*[^\n|]{1,60}?(?:\bon\b|\||-)\s*[^\n|]{0,40}?"
    r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\b|GMT\b)"
)
"""A post's signature with its time of day ("Posted by Tom V on April 2 , 2005 11:01 PM",
"Posted by : tomv | April 2 , 2005 11:01 PM"), anywhere in a line (ingest often runs it
on from the article's last words). Written case-sensitively: prose says "a video posted
by a user". Below an article's sentences, it signs a comment, or the column whose
comments follow it: a page of posts signs each of them, and so gives two marks anyway."""
_ARTICLE_ABOVE = 3
"""Sentence-ending lines that must stand above a timed signature for it to end an
article: a blog post's signature after a headline and a standfirst is its byline."""


def comment_section_start(text: str) -> int | None:
    """Where a page's readers' comments begin (the start of the line of the first comment
    mark, or the timed signature itself when it comes first: ingest runs it on from the
    article's last sentence, which stays the article's), or None when fewer than
    `MIN_COMMENT_MARKS` marks are found (a reply link counting for all of them). Comments
    come after
    the article, so everything from there on is readers' words (the first comment, whose
    signature may follow it, can be missed)."""
    marks = [m for m in _COMMENT_MARK.finditer(text) if not _byline(text, m)]
    weight = sum(MIN_COMMENT_MARKS if _REPLY.search(m.group(0)) else 1 for m in marks)
    signed = next((m for m in _TIMED_SIGNATURE.finditer(text) if _ends_article(text, m)), None)
    if signed is not None:
        # a timed signature under an article's text: the comments are under it
        weight += MIN_COMMENT_MARKS
    if (not marks and signed is None) or weight < MIN_COMMENT_MARKS:
        return None
    first = min(m.start() for m in [*marks, *([signed] if signed is not None else [])])
    if signed is not None and first == signed.start():
        return first
    return text.rfind("\n", 0, first) + 1


def _ends_article(text: str, mark: re.Match[str]) -> bool:
    """Whether a timed signature stands under an article: at least `_ARTICLE_ABOVE` lines
    ending a sentence above it."""
    return len(_SENTENCE_END.findall(text, 0, mark.start())) >= _ARTICLE_ABOVE


def _byline(text: str, mark: re.Match[str]) -> bool:
    """Whether a "Posted by" mark signs the article itself: no sentence ends on a line
    above it (it stands above the article's text, or under its headline only). It marks
    no comment, and a comment section starting there would take the whole article."""
    return mark.group("signed") is not None and not _SENTENCE_END.search(text, 0, mark.start())


def readers_words(text: str, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with every quote inside the page's comment section (see
    `comment_section_start`) marked as stating nothing: its source span, if any, is kept
    for scoring; a quote with no source gets an empty one at its start."""
    start = comment_section_start(text)
    if start is None:
        return quotes
    out = []
    for q in quotes:
        if q.start < start or (q.speaker is not None and q.speaker.resolution == "unstated"):
            out.append(q)
            continue
        s = q.speaker
        speaker = unstated_speaker(s) if s is not None else unstated_at(q.start)
        out.append(replace(q, speaker=speaker))
    return out
