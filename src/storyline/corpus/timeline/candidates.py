"""Sentences with the day they talk about: the raw material of every timeline.

An event is dated by what the text says ("on Friday" in a Saturday article goes
under Friday), so a sentence counts for each day its own timexes resolve to.
A sentence with no day-precise timex is only a candidate for its article's
publication day when it is near the top of the article: news leads report the
day's events, while undated sentences deep in a story are mostly background.

Chronology entries, the lines of a "timeline" or "factbox" article that open with
their day and a dash or colon ("Feb. 26 - The Security Council imposes ..."), are
marked as such and lose the leading day, which the timeline already shows. A
chronology lists several days (`MIN_CHRONOLOGY_ENTRIES`), each a calendar date: a
live blog's "3.10 pm: ..." entries and a lone captioned "May 28: ..." are not one.

A first line that runs a photo's caption or a headline into the lead with no full stop
("Swine flu causes outbreaks in pigs Infection control experts are ...") counts from
the lead (`run_in_end`, the test ingest and story titles use).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from storyline.model import Article
from storyline.text.line_words import ArticleWords, run_in_end

__all__ = [
    "MIN_CHRONOLOGY_ENTRIES",
    "DatedSentence",
    "collect_candidates",
    "day_of",
    "sentence_days",
]

MIN_CHRONOLOGY_ENTRIES = 3
"""Dated lines an article needs, on as many different days, to be a chronology: one
"May 28: ..." line is a photo caption or a dateline, a factbox lists several days."""

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SPACE = re.compile(r"\s+")
_MIN_LEAD_WORDS = 6
"""Words a lead must keep after a run-in caption is cut off: fewer is no sentence."""
_ENTRY_SEPARATOR = re.compile(r"[ \t]*(?:-{1,2}|\u2013|\u2014|:)[ \t]+")
"""Between a chronology entry's day and its event: "Feb. 26 - ", "20 April: ", "May 3 -- "."""


def day_of(value: str | None) -> dt.date | None:
    """The calendar day of a TIMEX3 value or ISO date, or None when it is coarser or odd."""
    if not value:
        return None
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """One sentence as a candidate for one day, with the evidence needed to cite it."""

    article_id: str
    start: int
    end: int
    text: str
    day: dt.date
    source: Literal["timex", "published"]
    position: int
    """Index of the sentence in its article (0 = lead)."""
    published: dt.date | None
    days_mentioned: int = 0
    """How many different days the sentence names (0 for lead sentences dated by publication)."""
    chronology: bool = False
    """The sentence is a chronology entry ("Feb. 26 - The Security Council imposes ..."):
    it opens with its day and a dash or colon, and `text` and `start` begin after them."""
    unclear_subject: bool = False
    """Its subject is a bare pronoun the quotes stage did not resolve ("He said ..."), or
    one no quote explains ("He was arrested"): see subjects.py."""
    unchecked_pronoun: bool = False
    """Its subject is a bare pronoun, and no quotes stage ran to say whose."""


def sentence_days(article: Article) -> Iterator[tuple[int, int, tuple[dt.date, ...], int]]:
    """(start, end, days mentioned, body start) for each sentence, days from its timexes.

    Uses the timexes when the article has them; a sentence the time stage dated
    from its own timex (date_source "timex") counts even without timex records.
    `body start` is where the sentence's text begins after a chronology entry's
    leading "day -" (the sentence start otherwise).
    """
    timexes = sorted(
        (t for t in article.timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start
    )
    index = 0
    for sentence in article.sentences:
        while index < len(timexes) and timexes[index].end <= sentence.start:
            index += 1
        days: list[dt.date] = []
        probe = index
        while probe < len(timexes) and timexes[probe].start < sentence.end:
            day = day_of(timexes[probe].value)
            if day is not None and day not in days:
                days.append(day)
            probe += 1
        if not days and sentence.date_source == "timex":
            own = day_of(sentence.date)
            if own is not None:
                days.append(own)
        body = sentence.start
        if index < len(timexes) and days:
            first = timexes[index]
            if (
                first.start == sentence.start
                and first.type == "DATE"
                and day_of(first.value) == days[0]
            ):
                m = _ENTRY_SEPARATOR.match(article.text, first.end, sentence.end)
                if m and m.end() < sentence.end:
                    body = m.end()
        yield sentence.start, sentence.end, tuple(days), body


def collect_candidates(articles: Iterable[Article], *, lead: int = 5) -> Iterator[DatedSentence]:
    """Every (sentence, day) pair the timeline may use.

    `lead` is how many opening sentences of an article stand for its
    publication day when they carry no date of their own.
    """
    for article in articles:
        published = article.published_date
        sentences = list(sentence_days(article))
        entry_days = {days[0] for start, _, days, body in sentences if body > start}
        listed = len(entry_days) >= MIN_CHRONOLOGY_ENTRIES
        for position, (start, end, days, body) in enumerate(sentences):
            if not listed:
                body = start
            if position == 0:
                # a caption or headline run into the lead: the lead is the sentence
                body = _past_run_in(article.text, body, end)
            text = _SPACE.sub(" ", article.text[body:end]).strip()
            if not text:
                continue
            if days:
                entry = body > start
                for day in days:
                    yield DatedSentence(
                        article.id,
                        body,
                        end,
                        text,
                        day,
                        "timex",
                        position,
                        published,
                        len(days),
                        entry and day == days[0],
                    )
            elif (
                published is not None
                and position < lead
                and not _of_another_year(article, start, end, published)
            ):
                yield DatedSentence(
                    article.id, body, end, text, published, "published", position, published
                )


_COARSE_DATE = re.compile(r"^(\d{4})(?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
"""A TIMEX3 value coarser than a day: a year, or a month, quarter, half or season of one."""


def _of_another_year(article: Article, start: int, end: int, published: dt.date) -> bool:
    """Whether the sentence at [start, end) opens by dating what it tells to a year other
    than its article's ("In 1969, a senator called for a teach-in", after a dateline too):
    a lead of history or of plans is no report of its publication day. A year further in
    ("Ruiz, in power since 1969, vowed ..."; "who took office in 2004") dates a detail and
    leaves the sentence of now."""
    for t in article.timexes:
        if t.type != "DATE" or not start <= t.start < end:
            continue
        m = _COARSE_DATE.match(t.value)
        if (
            m is not None
            and int(m.group(1)) != published.year
            and _OPENS_WITH_TIME.match(article.text[start : t.start]) is not None
        ):
            return True
    return False


_OPENS_WITH_TIME = re.compile(
    r"^\W*(?:[A-Z][A-Z.,' ]*\s+--?\s+)?(?i:(?:back\s+)?in|during|by|as\s+early\s+as)?\s*$"
)
"""What may stand before a year that opens its sentence: a dateline ("WASHINGTON -- "), then
"In", "During", "By" or nothing ("1998 was the worst year ...")."""


def _past_run_in(text: str, start: int, end: int) -> int:
    """Where an article's first sentence starts when a caption or a headline runs into it on
    its first line with no full stop ("Swine flu causes outbreaks in pigs Infection control
    experts are scrambling ..."): at the word that opens the lead (`run_in_end`, read
    against the article's own words), if six words at least follow it; else `start`.
    The timeline then shows (and scores) the lead, not the photo's words glued before it."""
    line_end = text.find("\n", start, end)
    line = text[start : end if line_end < 0 else line_end]
    at = run_in_end(line, ArticleWords(text))
    if at is None:
        return start
    at += start
    while at < end and text[at].isspace():
        at += 1
    return at if len(text[at:end].split()) >= _MIN_LEAD_WORDS else start
