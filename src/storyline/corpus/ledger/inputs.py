"""What one article brings to its story's ledger: its totals, quotes and dated events.

Read once per article from its annotations (no model runs here), kept small
so a story's ledger can be updated from the cached inputs of its members
without loading their texts again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.time.roles import is_reference_point
from storyline.corpus.ledger.baselines import change_baseline
from storyline.corpus.ledger.counted import COUNTED, MARGIN, counted_group
from storyline.corpus.ledger.events import event_mentions
from storyline.corpus.ledger.keys import (
    cause_key,
    group_key,
    location_key,
    measure_of,
    subject_key,
)
from storyline.corpus.ledger.records import ArticleInput, PointInput, QuotePrint
from storyline.corpus.ledger.reported_figures import deal_price, no_reported_figure
from storyline.corpus.ledger.sources import figure_source
from storyline.corpus.ledger.years import heading_year, written_year
from storyline.model import Article, ArticleVersion, Claim, Speaker

__all__ = [
    "OFFER_PER_SHARE",
    "SERIES_CATEGORIES",
    "article_input",
    "article_names",
    "dated_earlier",
    "fingerprint",
]

SERIES_CATEGORIES = frozenset(
    {
        "killed", "injured", "missing", "rescued", "evacuated", "displaced", "arrested",
        "hostages", "aided", "cases", "money",
    }
)  # fmt: skip
"""Categories whose totals line up in series. "other" counts anything; a percentage
is a share of something the parse rarely names ("rose to 9%"), so neither is lined up."""
OFFER_PER_SHARE = "offer per share"
"""The subject of a price offered or paid for one share, however its verb reads ("offered",
"raised its offer to", "paid"): one series, apart from the deal's whole value ("an offer of
$3.1bn"), which its values would contradict."""
_NAMED = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
MIN_QUOTE_WORDS = 8
"""Shorter quotes ("a terrible day") are said by many people: too common to attribute."""
_WORDS = re.compile(r"[a-z0-9]+")


def fingerprint(text: str) -> str:
    """A short hash of a text's words, lower-cased (punctuation and spacing ignored)."""
    words = " ".join(_WORDS.findall(text.lower()))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:16] if words else ""


def _named_person(article: Article, speaker: Speaker) -> bool:
    """A speaker written as a person's name in the attribution itself (not reached through
    a pronoun, a role or a running quote, not an organisation or an outlet)."""
    if not speaker.named or speaker.resolution not in (None, "name"):
        return False
    if speaker.start is None or speaker.end is None:
        return False
    return any(
        e.label == "PERSON" and e.start < speaker.end and speaker.start < e.end
        for e in article.entities
    )


def _sentence_print(article: Article, starts: list[int], pos: int) -> str:
    k = bisect_right(starts, pos) - 1
    if not 0 <= k < len(article.sentences):
        return ""
    s = article.sentences[k]
    return fingerprint(article.text[s.start : s.end])


_LOCATIVE_BEFORE = re.compile(
    r"(?i)\b(?:in|at|near|across|around|outside|inside|throughout|within|on|off|of)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
"""A place named as where something happened ("in Suez", "near the town of Brun"), not as a
modifier of who speaks ("Brun officials said", "Egypt's health ministry")."""


def _places(article: Article, starts: list[int], pos: int) -> tuple[str, ...]:
    """The places the sentence holding `pos` names as where things happened."""
    k = bisect_right(starts, pos) - 1
    if not 0 <= k < len(article.sentences):
        return ()
    s = article.sentences[k]
    found = {
        location_key(e.canonical or e.text)
        for e in article.entities
        if e.label in ("GPE", "LOC")
        and s.start <= e.start < s.end
        and _LOCATIVE_BEFORE.search(article.text, max(s.start, e.start - 40), e.start)
    }
    return tuple(sorted(found - {""}))


def _sentence_start(article: Article, starts: list[int], pos: int) -> int | None:
    k = bisect_right(starts, pos) - 1
    return article.sentences[k].start if 0 <= k < len(article.sentences) else None


def _earlier_date(article: Article, starts: list[int], pos: int) -> str | None:
    """The date by which the sentence holding `pos` dates itself to a year before the
    article's own ("a 2005 blast that killed 15", "a review published last year found 41
    deaths"): a year written as a date, or a relative year, that is no bound or comparison
    ("the worst since 2005" is about now); or to a month at least `EARLIER_MONTHS` before it
    ("In February, a gunman opened fire, killing three", told in June): another, earlier
    event; or the year of the history its paragraph's previous sentence began
    (`_history_told_on`). None when it does not."""
    published = article.published_date
    k = bisect_right(starts, pos) - 1
    if published is None or not 0 <= k < len(article.sentences):
        return None
    own = _own_earlier_date(article, pos, k, published)
    return own if own is not None else _history_told_on(article, k, published)


_RUNNING_WORDS = r"has|have|so\s+far|now|still|toll"
"""Words of a count still running: `_STILL_RUNNING`, and part of `_OF_NOW`."""


def _history_told_on(article: Article, k: int, published: dt.date) -> str | None:
    """The earlier year sentence `k` goes on telling: the one its previous sentence, in the
    same paragraph, dates itself to ("The 2005 refinery blast was the worst of many. A
    tower overfilled and the explosion killed 15."; "Its owner was fined $150m for the 1989
    spill. It also agreed to pay $900m."), when `k` has no time of its own and nothing in
    it speaks of now ("has killed", "is", "will", "still", "says"). Only a year written out
    a whole year back is carried: a month back may be the story's own event told on, and a
    year the tagger inferred for a day ("September 11") may be the wrong one."""
    if k == 0:
        return None
    s, before = article.sentences[k], article.sentences[k - 1]
    if "\n\n" in article.text[before.start : s.start] or _OF_NOW.search(
        article.text, s.start, s.end
    ):
        return None
    if any(s.start <= t.start < s.end for t in article.timexes if t.type in ("DATE", "TIME")):
        return None
    told = _own_earlier_date(article, before.start, k - 1, published)
    if told is None or not told[:4].isdigit() or int(told[:4]) >= published.year:
        return None
    if _OF_NOW.search(article.text, before.start, before.end):
        return None  # "X, whose militia rose up last year, is calling for unity": of now
    for t in article.timexes:
        if before.start <= t.start < before.end and t.value == told:
            if told[:4] not in t.text:
                return None  # a year the tagger inferred ("September 11"): no history told
            if _DETAIL_BEFORE.search(article.text, before.start, t.start):
                return None  # the year dates a relative clause's detail or opens a span
            break
    return told


_OF_NOW = re.compile(
    rf"(?i)\b(?:{_RUNNING_WORDS}|is|are|will|would|says|say|remains?|continues?|currently|"
    r"latest)\b"
)
"""Words of a sentence that speaks of now, not of the history told before it: those of a
count still running (`_STILL_RUNNING`) and of the present or the future."""
_DETAIL_BEFORE = re.compile(
    r"(?i)(?:,\s*(?:who|whose|which|where)\b[^,]*|\b(?:since|from|between)\s+(?:the\s+)?)$"
)
"""What before a year makes it a detail of its sentence, not the time it tells: a relative
clause ("Ruiz, whose party won in 2004, ...") or the start of a span ("from May 2003 to ...",
"since the 2003 invasion")."""


def _own_earlier_date(article: Article, pos: int, k: int, published: dt.date) -> str | None:
    """`_earlier_date` from sentence `k`'s own words (and a history box's heading)."""
    s = article.sentences[k]
    floor = article.sentences[k - 1].start if k > 0 else s.start
    year = heading_year(article.text, pos, floor)
    if year is not None and year < published.year:
        return str(year)  # in a history box's entry: "1957 : Asian flu killed two million"
    for t in article.timexes:
        if not s.start <= t.start < s.end or t.type != "DATE" or not t.value[:4].isdigit():
            continue
        if _ORIGIN_BEFORE.search(article.text, max(s.start, t.start - 30), t.start):
            continue  # "Velm Brewing, founded in 1972, said 40 were hurt": the firm's year
        written = any(ch.isdigit() for ch in t.text)
        months = _months_before(published, t.value) if len(t.value) in (7, 10) else 0
        if _EARLIER_THIS_YEAR.match(t.text):
            months = EARLIER_MONTHS  # "Earlier this year, a gunman ... left three dead"
        if (
            months >= EARLIER_MONTHS
            and not is_reference_point(article.text, t.start, t.end)
            and not _STILL_RUNNING.search(article.text, s.start, s.end)
            and not _SPAN_OPENED_BEFORE.search(article.text, max(s.start, t.start - 40), t.start)
        ):
            return t.value  # "In February, a gunman ... killing three", told in June
        if int(t.value[:4]) >= published.year:
            continue
        if written and not written_year(article.text, t, s.start):
            continue
        if not written and len(t.value) != 4:  # "in December": a month, maybe last year's
            continue
        if not is_reference_point(article.text, t.start, t.end):
            return t.value
        if t.end <= pos and _OF_THE_DATED.match(article.text[t.end : pos]):
            return t.value  # "the worst since the 1990 fire, which caused $2bn of losses"
    return None


def _dated_earlier(article: Article, starts: list[int], pos: int) -> bool:
    """Whether the sentence holding `pos` dates itself before the article (`_earlier_date`)."""
    return _earlier_date(article, starts, pos) is not None


_ORIGIN_BEFORE = re.compile(
    r"(?i)\b(?:founded|built|established|opened|created|formed|born|incorporated|launched|"
    r"set\s+up|constructed|erected|started)\s+(?:in\s+)?$"
)
"""A year a participle ties to a noun's origin ("the brewer, founded in 1972", "a dam built
in 1958"): it dates the thing, not the event the sentence tells."""
_STILL_RUNNING = re.compile(rf"(?i)\b(?:{_RUNNING_WORDS})\b")
"""Words of a count still running ("the February floods have killed 300", "the toll now
stands at"): a month back dates the event, not the figure, which is of today."""
_SPAN_OPENED_BEFORE = re.compile(
    r"(?i)\b(?:since|from|began|begun|started|starting|beginning|erupted|broke\s+out|first"
    r"\s+reported)(?:\s+(?:in|on))?\s+$"
)
"""Words making a month where a running story began ("Since March, police arrested 300"):
the count runs on to today; the month dates no earlier event."""
_EARLIER_THIS_YEAR = re.compile(r"(?i)(?:earlier|previously)\s+this\s+year$")
"""A sentence dated "earlier this year" tells an event before the story's, as one dated
months back does; its value is only the year."""
EARLIER_MONTHS = 2
"""How many months before its article a month named without its year ("in February") must
lie for its sentence to tell an earlier event: a story's own event is days or weeks old when
reported, and "in May", told on 1 June, may be it."""


def _months_before(published: dt.date, value: str) -> int:
    """Whole calendar months from the month `value` ("2012-02", "2012-02-14") to `published`;
    0 when `value` is no month."""
    if len(value) < 7 or not (value[:4].isdigit() and value[5:7].isdigit()):
        return 0
    return (published.year - int(value[:4])) * 12 + published.month - int(value[5:7])


_OF_THE_DATED = re.compile(
    r"[^,.;:]*,\s*(?:which|that)\s+(?!(?:has|have|is|are|remains?|continues?)\b)[^,.;:]*$",
    re.IGNORECASE,
)
"""A figure in a relative clause of the noun an earlier year dates ("since the 1990 refinery
fire, which caused $2bn of insured losses"): a year that compares the main clause's event
still dates what the clause says of its own event, in the past tense. A clause in the
present ("the 2019 outbreak, which has killed 300") tells a figure of now."""


def dated_earlier(article: Article, pos: int) -> bool:
    """Whether the sentence holding `pos` dates itself to an earlier year than the article
    (`_dated_earlier`): a figure there is history, for figures the ledger does not line up
    (percentages, increments) as for its series' points."""
    return _dated_earlier(article, [s.start for s in article.sentences], pos)


_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|from)\s+(?:the\s+)?(?:early|late|last\s+)?$")


def _as_of(article: Article, c: Claim, starts: list[int]) -> str | None:
    """The claim's as-of date, unless it is the day its count runs from ("84 deaths since
    Tuesday", "arrests from Monday"): such a count runs up to its report, so it is dated by
    the article (its publication day), not by the first day it covers."""
    if c.as_of is None or c.change == "event":
        return c.as_of
    k = bisect_right(starts, c.start) - 1
    if not 0 <= k < len(article.sentences):
        return c.as_of
    s = article.sentences[k]
    for t in article.timexes:
        if not s.start <= t.start < s.end or t.value[:10] != c.as_of[:10]:
            continue
        if _SINCE_BEFORE.search(article.text, max(s.start, t.start - 20), t.start):
            published = article.published_date
            return published.isoformat() if published is not None else None
    return c.as_of


def _point_date(
    article: Article, c: Claim, starts: list[int], level: Claim | None
) -> tuple[str | None, bool]:
    """(the point's as-of date, whether it is an earlier value: `PointInput.past`). A figure
    its sentence dates to an earlier time ("in 1972, floods killed 200") is of that time, not
    of the article's day its clause left it with; the level a change started from ("rose to
    $12m from [$10m]", `level` the new one, see baselines.py) is an earlier value, undated
    unless its own words date it apart from the new level ("from $10m a year earlier")."""
    as_of = _as_of(article, c, starts)
    earlier = _earlier_date(article, starts, c.start)
    if earlier is not None and as_of is not None and earlier < as_of[: len(earlier)]:
        as_of = earlier
    if level is not None and as_of == level.as_of:
        as_of = None
    return as_of, earlier is not None or level is not None


def _counted(article: Article, c: Claim, starts: list[int]) -> str | None:
    """The group of an uncategorised total named by what it counts (`counted_group`), or
    None: a categorised claim, a change, or a count of nothing a reader follows. A margin
    ("ahead by 4,100 votes") reads as a change to the claim stage ("by"): it is a level."""
    if c.category != COUNTED or c.change not in ("total", "event", "increment"):
        return None
    sentence_start = _sentence_start(article, starts, c.start)
    before = article.text[sentence_start : c.start] if sentence_start is not None else ""
    group = counted_group(c.subject, before)
    if c.change == "increment" and not (group and group.endswith(f":{MARGIN}")):
        return None
    return group


def _point(article: Article, i: int, c: Claim, starts: list[int]) -> PointInput:
    sentence_start = _sentence_start(article, starts, c.start)
    level = change_baseline(article, c)
    counted = _counted(article, c, starts)
    as_of, past = _point_date(article, c, starts, level)
    subject = c.subject if level is None else level.subject  # "[climbed] from $10m to $12m"
    if deal_price(article, c):
        # "offered", "raised its offer to", "paid" a share: one price, never the deal's value
        subject = OFFER_PER_SHARE
    before = article.text[sentence_start : c.start] if sentence_start is not None else ""
    return PointInput(
        article=article.id,
        outlet=article.outlet,
        published=article.published,
        claim=i,
        category=c.category,
        value=c.value,
        qualifier=c.qualifier,
        as_of=as_of,
        start=c.start,
        end=c.end,
        text=c.text,
        speaker=figure_source(article, c),
        unit=c.unit,
        subject=subject,
        location=c.location,
        cause=c.cause,
        group=counted or group_key(c.category, c.unit),
        # a counted noun's group is one quantity: its reports are all compared
        subject_key="" if counted else subject_key(c.category, subject, c.certainty),
        location_key=location_key(c.location),
        cause_key=cause_key(c.cause),
        sentence=_sentence_print(article, starts, c.start),
        incident=c.change == "event",
        places=_places(article, starts, c.start),
        measure=measure_of(c.text, before, c.certainty),
        past=past,
    )


def _offered_a_share(article: Article, c: Claim) -> bool:
    """A price offered for one share ("420 pence per share": a "rate" to the claim stage, one
    per share) is lined up as a series of its own (`OFFER_PER_SHARE`): a takeover's main figure."""
    return c.change in ("total", "rate") and deal_price(article, c)


def _lined_up(c: Claim) -> bool:
    return c.change in ("total", "event") and c.category in SERIES_CATEGORIES


def _version_points(
    article: Article, versions: Sequence[ArticleVersion], current: Sequence[PointInput]
) -> list[PointInput]:
    """The figures earlier versions of the article reported and the current one no longer
    does, each as of its own date (else the day that version was read): an outlet that
    updated a toll in place reported both figures, at their times. Offsets point into the
    old version's text; `claim` is negative, so no page takes it for a current claim."""
    seen = {(p.category, p.value, p.qualifier, p.as_of) for p in current}
    out: list[PointInput] = []
    for v in sorted(versions, key=lambda v: v.version):
        if v.current:
            continue
        for i, c in enumerate(v.claims):
            as_of = c.as_of or v.seen_at[:10]
            key = (c.category, c.value, c.qualifier, as_of)
            if not _lined_up(c) or key in seen:
                continue
            seen.add(key)
            point = _point(article, i, c, [])
            out.append(
                replace(
                    point,
                    claim=-1 - (v.version * 10_000 + i),
                    as_of=as_of,
                    published=v.published or article.published,
                    sentence="",
                    places=(),
                    speaker=c.speaker,  # the old text's quotes are not at hand
                )
            )
    return out


def article_input(article: Article, versions: Sequence[ArticleVersion] = ()) -> ArticleInput:
    """The ledger input of one article: totals of lined-up categories (those its earlier
    `versions` reported too), named direct quotes."""
    starts = [s.start for s in article.sentences]
    current = [
        _point(article, i, c, starts)
        for i, c in enumerate(article.claims)
        if (_lined_up(c) or _offered_a_share(article, c) or _counted(article, c, starts))
        and not no_reported_figure(article, c)
    ]
    points = tuple(current + _version_points(article, versions, current))
    quotes = tuple(
        QuotePrint(
            article=article.id,
            outlet=article.outlet,
            fingerprint=fingerprint(q.text),
            speaker=q.speaker.canonical or q.speaker.text,
            start=q.start,
            end=q.end,
            text=q.text,
        )
        for q in article.quotes
        if q.kind == "direct"
        and q.speaker is not None
        and _named_person(article, q.speaker)
        and len(_WORDS.findall(q.text.lower())) >= MIN_QUOTE_WORDS
    )
    return ArticleInput(
        article=article.id,
        outlet=article.outlet,
        published=article.published,
        points=points,
        quotes=quotes,
        events=tuple(event_mentions(article)),
        names=article_names(article),
    )


def article_names(article: Article) -> tuple[str, ...]:
    """The places, people and organisations an article names, lower-cased, each once
    (`ArticleInput.names`): what a story is about is what most of its articles name."""
    return tuple(
        sorted(
            {location_key(e.canonical or e.text) for e in article.entities if e.label in _NAMED}
            - {""}
        )
    )
