"""Dated developments for a briefing: the latest days (the newest always first) and what is
new since a day, each sentence cited, picked by the story's timeline from the sentences
that are not page text (pagetext.py), nor someone's words (quoted.py), nor those of an event
list without its dates (eventlist.py), nor the headlines before a dateline (headlines.py), nor
any that does not tell alone what happened (standalone.py), shown without a wire dateline's
tail; a page of stamped items dates each item's sentences by its stamp (pageitems.py)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.time.roles import is_reference_point
from storyline.corpus.briefing.central import central_articles
from storyline.corpus.briefing.citing import cite, shortened
from storyline.corpus.briefing.clauses import in_relative_clause, named_back
from storyline.corpus.briefing.eventlist import without_undated_lists
from storyline.corpus.briefing.headlines import body_only
from storyline.corpus.briefing.names import shown_names_in
from storyline.corpus.briefing.pageitems import items_dated
from storyline.corpus.briefing.pagetext import news_sentences_only, without_dateline
from storyline.corpus.briefing.quoted import without_quoted_sentences
from storyline.corpus.briefing.records import Cited, Development
from storyline.corpus.briefing.standalone import alone_only
from storyline.corpus.timeline import Timeline, TimelineOptions, build_timeline
from storyline.corpus.timeline.summarize import TimelineLine
from storyline.model import Article, Sentence, TimelineEntry, Timex

__all__ = [
    "RECENT_WINDOW",
    "RECENT_WINDOWS",
    "developments",
    "each_sentence_once",
    "whole_sentence_end",
    "whole_sentence_start",
]

RECENT_WINDOW = 14
"""Days before the newest one the latest developments may come from."""


def developments(
    pool: Sequence[Article],
    *,
    start: dt.date | None,
    last: dt.date | None,
    days: int,
    sentences: int,
    max_chars: int,
    notes: list[str],
) -> tuple[Development, ...]:
    """Up to `days` days from `start` to `last`, newest first; when `last` is given, its own
    day comes first whenever the articles say anything dated that day."""
    if not pool:
        return ()
    central = central_articles(pool)
    listed = without_undated_lists(central)
    if len(listed) < len(central):
        note = "a transcript or an undated list of events: left out of the developments"
        notes.extend([note] if note not in notes else [])
    if not listed:
        return ()
    stamped = [items_dated(a) for a in listed]  # each item's sentences under its own day
    pool = [
        _event_dates_only(alone_only(news_sentences_only(without_quoted_sentences(body_only(a)))))
        for a in stamped
    ]
    by_id = {a.id: a for a in listed}
    originals = {a.id: _event_dates_only(a) for a in stamped}
    newest: list[Development] | None = None  # the last day's own, read once for all windows

    def from_day(begin: dt.date | None) -> tuple[Development, ...]:
        nonlocal newest
        chosen = _timeline(pool, begin, last, days, sentences, notes)
        dated = [_development(entry, lines, by_id, max_chars) for entry, lines in chosen]
        if last is not None and all(d.date != last.isoformat() for d in dated):
            if newest is None:
                lines = _timeline(pool, last, last, 1, sentences, [])
                newest = [_development(e, ls, by_id, max_chars) for e, ls in lines]
            dated = newest + dated
        dated.sort(key=lambda d: d.date, reverse=True)
        return tuple(d for d in each_sentence_once(dated, originals) if d.sentences)[:days]

    if start is not None or last is None:
        return from_day(start)
    found: tuple[Development, ...] = ()
    for window in RECENT_WINDOWS:
        found = from_day(last - dt.timedelta(days=window) if window is not None else None)
        if found:
            if window != RECENT_WINDOW:
                notes.append(
                    f"nothing dated in the {RECENT_WINDOW} days before {last.isoformat()}: "
                    "the latest dated days before them are shown"
                )
            break
    return found


RECENT_WINDOWS: tuple[int | None, ...] = (
    RECENT_WINDOW,
    4 * RECENT_WINDOW,
    16 * RECENT_WINDOW,
    None,
)
"""Days before the newest one the latest developments are looked for in, widened in turn
while nothing dated is found: a story whose newest articles date nothing they tell (an
outlier joined late, a page of figures) still shows its latest dated days, never an empty
section while its timeline has days."""


def _event_dates_only(article: Article) -> Article:
    """The article without the dates it names as a bound, comparison or deadline ("the first
    time since the strikes began Saturday", "up from 14% a year ago"), nor those of another
    event a relative clause tells (`in_relative_clause`): the timeline files a sentence under
    every day it names, and such a day is not when the sentence happened. A sentence the
    time stage dated by such a clause's day only is dated by its article instead."""
    text = article.text
    published = article.published[:10] if article.published else None
    kept = tuple(
        t
        for t in article.timexes
        if not is_reference_point(text, t.start, t.end)
        and not in_relative_clause(text, t.start)
        and not _ahead(t, published)
        and not _as_of(text, t.start)
    )
    if len(kept) == len(article.timexes):
        return article
    return replace(article, timexes=kept, sentences=_redated(article, kept))


def _ahead(timex: Timex, published: str | None) -> bool:
    """Whether a date lies after its article's publication day ("a decision would be made
    closer to 27 July" in a June article): a plan or a deadline the sentence names, not
    the day it was said or done, which is the article's at the latest."""
    value = timex.value[:10]
    return bool(published and _CALENDAR.fullmatch(value) and value > published)


def _as_of(text: str, start: int) -> bool:
    """Whether the date at `start` is one a state is measured from, after the verb ("our
    concern has grown as of yesterday"): when the state began, not when the sentence was
    said. Not "As of Tuesday , 40 people had died": opening its clause, "as of" dates the
    count that follows, and that day is the count's."""
    m = _AS_OF.search(text, max(0, start - 12), start)
    return m is not None and not _CLAUSE_OPENS.search(text, max(0, m.start() - 4), m.start())


_AS_OF = re.compile(r"(?i)\bas\s+(?:of|from)\s+$")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n]|``|\"|“)\s*$")

_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
"""A calendar year, month or day ("2031", "2031-07", "2031-07-27"), not a week or season."""


def _redated(article: Article, kept: Sequence[Timex]) -> tuple[Sentence, ...]:
    """The sentences, each dated by a relative clause's day only (`in_relative_clause`),
    by a day after its article's (`_ahead`) or by a day a state is measured from
    (`_as_of`), dated by its article's publication day instead."""
    published = article.published[:10] if article.published else None
    out: list[Sentence] = []
    for s in article.sentences:
        clause = [
            t
            for t in article.timexes
            if s.start <= t.start < s.end
            and (
                in_relative_clause(article.text, t.start)
                or _ahead(t, published)
                or _as_of(article.text, t.start)
            )
            and s.date is not None
            and t.value[:10] == s.date[:10]
        ]
        own = any(s.start <= t.start < s.end and t.value[:10] == (s.date or "")[:10] for t in kept)
        if s.date_source == "timex" and clause and not own:
            s = replace(s, date=published, date_source="published" if published else "none")
        out.append(s)
    return tuple(out)


def each_sentence_once(dated: list[Development], by_id: dict[str, Article]) -> list[Development]:
    """A sentence shown on one day only: the day the sentence itself is dated when it is
    listed there, else the earliest day it is listed under; never under another day than
    the one a date written in it gives.

    A timeline files "the crisis overwhelmed the race today, as he said he would suspend
    his campaign tomorrow" under both days it names; a reader shown it twice reads two
    events. Its own date (the stage's sentence date) is when it happened: "On May 3, the
    eve of the Friday marches, the blogger vanished", listed under that Friday only (May 3
    lies outside the days shown), would date his disappearance a week late.
    """
    days: dict[tuple[str, int], list[str]] = {}
    ends: dict[tuple[str, int], int] = {}
    for d in dated:
        for c in d.sentences:
            days.setdefault((c.article_id, c.start), []).append(d.date)
            ends[(c.article_id, c.start)] = c.end
    keep: dict[tuple[str, int], str | None] = {}
    for key, listed in days.items():
        # the sentence holding the citation's last character: a citation may open with the
        # piece a splitter cut off before it (`whole_sentence_start`)
        own, written = _sentence_day(by_id.get(key[0]), max(key[1], ends[key] - 1))
        if own in listed:
            keep[key] = own
        else:
            keep[key] = None if written else min(listed)
    return [
        Development(
            d.date,
            tuple(c for c in d.sentences if keep[(c.article_id, c.start)] == d.date),
        )
        for d in dated
    ]


def _sentence_day(article: Article | None, start: int) -> tuple[str | None, bool]:
    """The day the analysis dated the sentence holding `start` (None when unknown), and
    whether a date written in the sentence gave it (not its article's publication)."""
    if article is None:
        return None, False
    k = bisect_right([s.start for s in article.sentences], start) - 1
    if k < 0 or start >= article.sentences[k].end:
        return None, False
    s = article.sentences[k]
    return (s.date[:10] if s.date else None), bool(s.date) and s.date_source == "timex"


def _timeline(
    pool: Sequence[Article],
    start: dt.date | None,
    end: dt.date | None,
    days: int,
    sentences: int,
    notes: list[str],
) -> list[tuple[TimelineEntry, tuple[TimelineLine, ...]]]:
    options = TimelineOptions(
        max_dates=days, sentences_per_date=sentences, start=start, end=end, newest=True
    )
    timeline: Timeline = build_timeline(list(pool), options)
    notes.extend(n for n in timeline.notes if n not in notes)
    return list(zip(timeline.entries, timeline.lines, strict=False))


def _shown(text: str) -> str:
    """A timeline line as the brief shows it: no wire dateline, names without headline words."""
    return shown_names_in(without_dateline(text))


_BRACKET = re.compile(r"-LRB-|-RRB-|[()]")


def _brackets(text: str) -> tuple[int, int]:
    """(lowest, final) depth of round brackets read through `text` (PTB tokens too): a
    negative lowest depth is a bracket closed that the text never opened."""
    depth = lowest = 0
    for m in _BRACKET.finditer(text):
        depth += 1 if m.group() in ("-LRB-", "(") else -1
        lowest = min(lowest, depth)
    return lowest, depth


def whole_sentence_start(article: Article, start: int) -> int:
    """Where the sentence at `start` really begins (`_bracket_start`), and, when that piece
    closes a quotation it never opened, where the quotation opens (`_quote_opened`)."""
    begin = _bracket_start(article, start)
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, begin) - 1
    if k <= 0 or starts[k] != begin:
        return begin
    if _quotes_lowest(article.text[begin : article.sentences[k].end]) < 0:
        return _quote_opened(article, k)
    return begin


def _bracket_start(article: Article, start: int) -> int:
    """Where the sentence at `start` really begins, when the splitter cut it inside a
    bracket: "The Health Agency (" / "HA) said on Monday ...", or in several pieces at a list
    of brackets ("Ana Ruiz (" / "Water) and Jon Vell (" / "Fire) came"), or at a ticker's dot
    ("approve Brolk's (" / "BRK." / "L)" / "$5 billion purchase ..."). A sentence closing a
    bracket it never opened, or following a piece cut there (`_cut_before`), starts with the
    pieces before it, back to the first from which every bracket closed was opened and that
    no cut piece precedes (at most `_MAX_PIECES` back); a wire dateline ("Reuters) - The
    port ...") is no such cut and opens its sentence."""
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, start) - 1
    if k <= 0 or starts[k] != start:
        return start
    here = article.sentences[k]
    text = _piece(article, k)
    if without_dateline(text) != text:
        return start
    if _brackets(text)[0] >= 0 and not _cut_before(article, k):
        return start
    for j in range(k - 1, max(-1, k - 1 - _MAX_PIECES), -1):
        piece = _piece(article, j)
        if without_dateline(piece) != piece:
            return starts[j]
        if _brackets(article.text[starts[j] : here.end])[0] >= 0 and not _cut_before(article, j):
            return start if _aside(article.text[starts[j] : start]) else starts[j]
    return start


_QUOTE = re.compile(r"``|''|\u201c|\u201d")


def _quotes_lowest(text: str) -> int:
    """The lowest depth of double quotes (PTB `` and '', curly quotes) read through `text`:
    negative when it closes a quotation it never opened."""
    depth = lowest = 0
    for m in _QUOTE.finditer(text):
        depth += 1 if m.group() in ("``", "\u201c") else -1
        lowest = min(lowest, depth)
    return lowest


def _quote_opened(article: Article, k: int) -> int:
    """Where the quotation sentence `k` closes was opened: "`` My gut tells me it is
    wrong . But I lack the facts , '' said Rep. Ana Ruiz , who ..." is one sentence for a
    reader, its second piece alone a quote's tail with its speaker's name cut off. The start
    of the piece (at most `_MAX_PIECES` back) from which no quotation closes unopened, else
    sentence `k`'s own start."""
    here = article.sentences[k]
    for j in range(k - 1, max(-1, k - 1 - _MAX_PIECES), -1):
        if _quotes_lowest(article.text[article.sentences[j].start : here.end]) >= 0:
            return article.sentences[j].start
    return here.start


def _aside(text: str) -> bool:
    """Whether `text` is one bracketed aside, closed where it ends ("(Update 12:30 a.m.
    ET)" before a sentence): an editor's note, not the sentence's beginning."""
    words = " ".join(text.split())
    if not words.startswith(("(", "-LRB-")) or not words.endswith((")", "-RRB-")):
        return False
    depth = 0
    for m in _BRACKET.finditer(words):
        depth += 1 if m.group() in ("-LRB-", "(") else -1
        if depth == 0 and m.end() < len(words):
            return False
    return depth == 0


def whole_sentence_end(article: Article, start: int, end: int) -> int:
    """Where the sentence cited from `start` to `end` really ends, when the splitter cut it
    inside a bracket it opened ("... to approve Brolk's (" / "BRK.L) $5 billion purchase"):
    the end of the first piece after it (at most `_MAX_PIECES` on) by which every bracket
    opened is closed and a sentence ends ("BRK.L)" is no end), else `end`."""
    if not _left_open(article.text[start:end]):
        return end
    later = [s for s in article.sentences if s.start >= end][:_MAX_PIECES]
    for s in later:
        upto = article.text[start : s.end]
        if not _left_open(upto) and _SENTENCE_END.search(upto):
            return s.end
    return end


def _left_open(text: str) -> bool:
    """Whether `text` ends inside a bracket it opened (a bracket it closes without opening
    it, a wire dateline's "Reuters) -", opens nothing)."""
    depth = 0
    for m in _BRACKET.finditer(text):
        depth = depth + 1 if m.group() in ("-LRB-", "(") else max(0, depth - 1)
    return depth > 0


def _piece(article: Article, k: int) -> str:
    s = article.sentences[k]
    return " ".join(article.text[s.start : s.end].split())


_SENTENCE_END = re.compile(r"[.!?]\W*$")


def _cut_before(article: Article, k: int) -> bool:
    """Whether the piece before sentence `k` was cut inside a bracket: it leaves a bracket
    open ("approve Brolk's ("), or it is a bracket's tail with no sentence end ("L )"), so
    sentence `k` goes on with the same sentence."""
    if k <= 0:
        return False
    before = _piece(article, k - 1)
    lowest, final = _brackets(before)
    return final > 0 or (lowest < 0 and not _SENTENCE_END.search(before))


_MAX_PIECES = 4
"""How many pieces before a cut sentence may belong to it."""


def _development(
    entry: TimelineEntry,
    lines: tuple[TimelineLine, ...],
    by_id: dict[str, Article],
    max_chars: int,
) -> Development:
    cited: list[Cited] = []
    chosen = {(s.article_id, s.start) for line in lines for s in line.sources[:1]}
    for line in lines:
        for s in line.sources[:1]:
            article = by_id.get(s.article_id)
            if article is None:
                continue
            begin = whole_sentence_start(article, s.start)
            finish = whole_sentence_end(article, begin, s.end)
            text = line.text
            if begin < s.start:
                text = " ".join(article.text[begin : s.start].split()) + " " + text
            if finish > s.end:
                text = text + " " + " ".join(article.text[s.end : finish].split())
            before = named_back(article, begin)
            if before is not None:  # "The league is ...": the sentence saying which league
                if (article.id, before[0]) in chosen:
                    continue
                chosen.add((article.id, before[0]))
                begin, finish = before
                text = article.text[begin:finish]
            cited.append(shortened(cite(article, begin, finish, _shown(text)), max_chars))
    return Development(entry.date, tuple(cited))
