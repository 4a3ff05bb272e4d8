"""A page of stamped items (a topic page, a live page): each item's sentences dated by its
own stamp, not by the page's date.

A topic page lists items, each a headline, a stamp of when it was posted ("updated : Tue
Mar 04 2031 09:12:00") and a summary; a live page the same, newest first. The page is
stored under one publication day, often the first crawl's, while its items run weeks or
months either side of it. Shown under the page's day, an item of a later month reads as
that day's news ("the envoy's death" under the day the talks opened). `items_dated` dates
each sentence by the stamp that opens its item: a stamp before the page's day dates it
that day; a stamp after it says the sentence was written after the day the brief can give
it, so it is left out (its own day lies outside what the page tells the brief it covers).
A page with one stamp is a page stamped once (its own update time), not a page of items;
so is one whose stamps stand together in one head ("Posted : Tue Mar 04 2031 09:12 |
Updated : Wed Mar 05 2031 18:40", on one line or two): stamps count as items' only when an
item's words stand between them (`_HEAD_WORDS`), and a head of several stamps dates what
follows by its first (the posting). Some pages print the stamp after its item's summary:
when no words follow the last stamp, each stamp closes its item and dates the sentences
before it, back to the stamp before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from storyline.model import Article
from storyline.text.calendar_names import MONTH_PATTERN, WEEKDAY_PATTERN

__all__ = ["ITEM_STAMP", "items_dated"]

ITEM_STAMP = re.compile(
    rf"\b(?:{WEEKDAY_PATTERN})\s*,?\s+(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})\s*,?\s+"
    r"(?P<year>\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\b"
)
"""A page's stamp of an item: weekday, month, day, year and clock time, as a page's
software prints them ("Tue Mar 04 2031 09:12:00", "Fri, Sep 5, 2031 14:30"): prose writes
no weekday, year and clock time in one run."""

_MONTHS = {
    m[:3].casefold(): i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}


def _stamp_day(m: re.Match[str]) -> dt.date | None:
    month = _MONTHS.get(m["month"].rstrip(".")[:3].casefold())
    if month is None:
        return None
    try:
        return dt.date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None


_HEAD_WORDS = 3
"""Words that may stand between two stamps of one head ("| Updated :", "Last modified"):
an item between two stamps has a headline and a summary, more words than a label."""
_WORD = re.compile(r"[^\W_][\w'-]*")


def _item_stamps(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each stamp that opens or closes an item: of the stamps with no
    more than `_HEAD_WORDS` words between them, one head's, the first stands for all."""
    out: list[tuple[int, int, dt.date]] = []
    end = -1
    for m in ITEM_STAMP.finditer(text):
        day = _stamp_day(m)
        if day is None:
            continue
        if out and len(_WORD.findall(text, end, m.start())) <= _HEAD_WORDS:
            end = m.end()  # the same head's second stamp ("| Updated : ...")
            out[-1] = (out[-1][0], end, out[-1][2])
            continue
        out.append((m.start(), m.end(), day))
        end = m.end()
    return out


def items_dated(article: Article) -> Article:
    """The article with each item's sentences dated by its stamp, and those of items
    stamped after the page's publication day left out of `sentences` (module doc). Text and
    spans unchanged; an article with fewer than two items' stamps (`_item_stamps`), or no
    publication day, is returned as it is."""
    published = article.published_date
    stamps = _item_stamps(article.text)
    if published is None or len(stamps) < 2:
        return article
    closing = not _WORD.search(article.text, stamps[-1][1])
    kept = []
    for s in article.sentences:
        if closing:
            own = [day for _, end, day in stamps if end > s.start]
            opened = own[:1]
        else:
            opened = [day for at, _, day in stamps if at < s.end]
        if not opened:
            kept.append(s)
            continue
        day = opened[-1]
        if day > published:
            continue
        if s.date_source == "timex" and s.date and s.date[:10] <= day.isoformat():
            kept.append(s)  # its own date ("on Thursday", told in the item) is finer
            continue
        kept.append(replace(s, date=day.isoformat(), date_source="timex"))
    return replace(article, sentences=tuple(kept))
