"""The same one-off event given different days by different reports.

Most events recur (people say things, meet, visit, fight on many days), so a
date conflict is only looked for where a reliable reading is cheap: a named
entity directly followed by a verb of an event that happens to it once
("Mubarak resigned on Friday", "the Halcyon Dawn sank on Saturday", "X, 54,
died on Monday"), with a day-precise date written in the same clause. Two
articles that date such an event two or more days apart disagree (a day
apart is left alone: "late Saturday" and "early Sunday" are one night). Only
dated articles are read: an undated article's relative dates have no anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from storyline.analyze.time.roles import is_reference_point
from storyline.corpus.ledger.records import Conflict, EventMention, Evidence
from storyline.model import Article

__all__ = ["ONCE_EVENTS", "event_conflicts", "event_mentions"]

ONCE_EVENTS: dict[str, str] = {
    "died": "die", "was killed": "die", "was assassinated": "die", "was executed": "die",
    "resigned": "resign", "stepped down": "resign", "sank": "sink", "capsized": "sink",
    "crashed": "crash", "collapsed": "collapse", "exploded": "explode", "erupted": "erupt",
    "was born": "born", "was arrested": "arrest", "was sworn in": "inaugurate",
    "was inaugurated": "inaugurate", "took office": "inaugurate", "was elected": "elect",
}  # fmt: skip
"""Verb forms of events that happen to a thing once, and the event they name."""
_NAMED = frozenset({"PERSON", "ORG", "FAC", "GPE", "PRODUCT", "NORP"})
_EVENT_AFTER = re.compile(
    r"(?:,[^,.;:]{1,60},)?\s+(?:had\s+|has\s+)?(?P<verb>"
    + "|".join(
        sorted((re.escape(k).replace(r"\ ", r"\s+") for k in ONCE_EVENTS), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|after|before|when|while|because)\b", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPENERS = frozenset({"", "on", "in", "late on", "early on", "late", "early"})
MIN_DAYS_APART = 2


def _clean(words: str) -> str:
    return " ".join(words.lower().split())


def event_mentions(article: Article) -> list[EventMention]:
    """One-off events of named things with the day this article gives them."""
    if article.published_date is None:
        return []
    text = article.text
    out: list[EventMention] = []
    for e in article.entities:
        if e.label not in _NAMED:
            continue
        m = _EVENT_AFTER.match(text, e.end)
        if m is None:
            continue
        verb_end = m.end()
        sentence = next((s for s in article.sentences if s.start <= e.start < s.end), None)
        if sentence is None:
            continue
        for t in article.timexes:
            if not _DAY.match(t.value) or not sentence.start <= t.start < sentence.end:
                continue
            if t.start >= verb_end:  # "resigned on Friday"
                gap = text[verb_end : t.start]
                ok = len(gap) <= 40 and not _CLAUSE_BREAK.search(gap)
            else:  # "On Friday, Mubarak resigned": the date opens the sentence
                lead = text[sentence.start : t.start].strip().lower()
                ok = lead in _OPENERS and t.end <= e.start
                ok = ok and text[t.end : e.start].strip().startswith(",")
            if not ok:
                continue
            if is_reference_point(text, t.start, t.end):
                continue
            event = ONCE_EVENTS[_clean(m.group("verb"))]
            start, end = min(e.start, t.start), max(verb_end, t.end)
            out.append(
                EventMention(
                    article=article.id,
                    outlet=article.outlet,
                    event=f"{event}:{_clean(e.canonical or e.text)}",
                    day=t.value,
                    start=start,
                    end=end,
                    text=text[start:end],
                )
            )
            break
    return out


def _evidence(m: EventMention) -> Evidence:
    return Evidence(m.article, m.start, m.end, m.text, None, m.outlet, m.day)


def event_conflicts(mentions: Iterable[EventMention]) -> list[Conflict]:
    """Conflicts between reports giving one event days at least `MIN_DAYS_APART` apart.

    Per event, each day's first report stands for that day; days are compared
    with the earliest day reported, so one wrong date is one conflict.
    """
    by_event: dict[str, dict[str, EventMention]] = defaultdict(dict)
    for m in sorted(mentions, key=lambda m: (m.day, m.article, m.start)):
        by_event[m.event].setdefault(m.day, m)
    out: list[Conflict] = []
    for event, days in sorted(by_event.items()):
        ordered: Sequence[EventMention] = [days[d] for d in sorted(days)]
        first = ordered[0]
        for other in ordered[1:]:
            apart = (dt.date.fromisoformat(other.day) - dt.date.fromisoformat(first.day)).days
            if apart < MIN_DAYS_APART or other.article == first.article:
                continue
            what, _, who = event.partition(":")
            out.append(
                Conflict(
                    "date",
                    None,
                    f"{who!r} ({what}) is dated {first.day} by {first.outlet or first.article} "
                    f"and {other.day} by {other.outlet or other.article}",
                    (_evidence(first), _evidence(other)),
                )
            )
    return out
