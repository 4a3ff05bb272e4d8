"""The "claims" stage: reported numbers with what they count, where, as of when, said by whom.

Numbers come from `find_numbers` (which already drops years, ordinals and the
like); numbers inside a date or duration (the time stage's timexes, else the
recogniser's DATE and TIME spans) or a name are dropped too. The sentences
holding numbers are dependency-parsed (`syntax.read_number`), and the parse
decides what each number counts, whether it is a total, an increment or a
part, and the place it is about. The as-of date is the date of the
comparison the number stands in ("up from 14% a year ago"), else a date
written in the number's own clause or the reporting clause above it ("rose to
21 on Monday", "the coast guard said on Saturday"), else the publication
date: a date of another clause ("the search would continue until Wednesday")
dates another event. A bare number is never a date for a figure. The speaker
is the resolved speaker of the quote the number sits in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from storyline.analyze.claims.context import (
    PERSON_CATEGORIES,
    category_from_syntax,
    category_of,
    counted_noun,
    is_people_noun,
)
from storyline.analyze.claims.illness import ill_not_hurt, of_a_disease
from storyline.analyze.claims.non_figures import (
    attempted_killing,
    earlier_record,
    is_age,
    is_degree_percent,
    is_family_size,
    is_name_number,
    is_ratio_term,
)
from storyline.analyze.claims.numbers import NumberMatch, find_numbers
from storyline.analyze.claims.sources import hidden_source
from storyline.analyze.claims.syntax import (
    NumberSyntax,
    attachment_offset,
    parse_windows,
    read_number,
)
from storyline.analyze.entities.stage import document
from storyline.analyze.nlp import parse_spans
from storyline.analyze.time.roles import comparison_start, is_reference_point
from storyline.analyze.time.values import calendar_date
from storyline.model import Article, Claim, EntityMention, Quote, Sentence, Timex

__all__ = ["ClaimStage", "extract_claims"]

_NOT_COUNTS = frozenset(
    {"ORDINAL", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "ORG", "PERSON"}
)
"""Numbers inside these spans are not counts ("iPhone 4", "FTSE 100", "Resolution 2334")."""
_DATES = frozenset({"DATE", "TIME"})
_PLACES = frozenset({"GPE", "LOC"})
_PLACE_PREP = re.compile(r"\b(?:in|at|across|throughout|inside|near)\s+(?:the\s+)?$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BARE_DIGITS = re.compile(r"\d[\d,.]*")
_YEAR_TEXT = re.compile(r"(?:1[89]|20)\d\d")
_NOWHERE = 1_000
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")
""""since" before a date: the date starts a count or a change (`_usable_dates`)."""
_MAX_NOUN_GAP = 60
"""Longest stretch between a number and its counted noun kept in the claim's span."""


_T = TypeVar("_T")


class _Spans(Generic[_T]):
    """Items with a character range, found by position without scanning them all.

    Every number of an article used to look through every entity, timex, window
    and blocked span of the text: quadratic in the length of a long page. Found
    by bisection here (starts sorted; a span holding a position starts at most
    the longest span's length before it), and given back in their original
    order, so each caller picks the same item a scan in that order picked.
    """

    def __init__(self, items: Sequence[_T], bounds: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(items)), key=lambda i: bounds[i][0])
        self._items = items
        self._order = order
        self._starts = [bounds[i][0] for i in order]
        self._ends = [bounds[i][1] for i in order]
        self._longest = max((e - s for s, e in bounds), default=0)

    def starting_in(self, lo: int, hi: int) -> list[_T]:
        """Items whose start is in [lo, hi), in their original order."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]

    def overlapping(self, lo: int, hi: int) -> list[_T]:
        """Items with start < hi and end > lo, in their original order."""
        a, b = bisect_left(self._starts, lo - self._longest), bisect_left(self._starts, hi)
        found = [self._order[k] for k in range(a, b) if self._ends[k] > lo]
        return [self._items[i] for i in sorted(found)]

    def containing(self, pos: int) -> list[_T]:
        """Items with start <= pos < end, in their original order."""
        return self.overlapping(pos, pos + 1)


@dataclass(frozen=True, slots=True)
class _Index:
    """An article's spans the claim of each number looks up."""

    timexes: _Spans[Timex]
    """The timexes that may date or block a number (not bare counts)."""
    all_timexes: _Spans[Timex]
    entities: _Spans[EntityMention]
    quotes: _Spans[Quote]


def _index(article: Article, timexes: list[Timex]) -> _Index:
    return _Index(
        timexes=_Spans(timexes, [(t.start, t.end) for t in timexes]),
        all_timexes=_Spans(article.timexes, [(t.start, t.end) for t in article.timexes]),
        entities=_Spans(article.entities, [(e.start, e.end) for e in article.entities]),
        quotes=_Spans(article.quotes, [(q.start, q.end) for q in article.quotes]),
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    number: NumberMatch
    sentence: Sentence


def extract_claims(article: Article) -> list[Claim]:
    """All quantitative claims of an article, in text order."""
    text = article.text
    if not text.strip():
        return []
    doc = document(article)
    # a bare number the time stage took for a year is a count unless it reads as one ("1000
    # cases" is no date; "a 2019 blast" is)
    timexes = [
        t
        for t in article.timexes
        if not _BARE_DIGITS.fullmatch(t.text.strip()) or _YEAR_TEXT.fullmatch(t.text.strip())
    ]
    use_timexes = "timexes" in article.annotated or bool(article.timexes)
    blocked = [
        (e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ in _NOT_COUNTS or (e.label_ in _DATES and not use_timexes)
    ]
    blocked += [(t.start, t.end) for t in timexes]
    blocks = _Spans(blocked, blocked)
    sentences = list(article.sentences) or [Sentence(0, len(text))]
    starts = [s.start for s in sentences]
    person_ends = frozenset(e.end for e in article.entities if e.label == "PERSON")
    candidates = [
        _Candidate(n, sentences[max(0, bisect_right(starts, n.start) - 1)])
        for n in find_numbers(text)
        if not blocks.containing(n.number_start)
        and not is_name_number(doc, text, n)
        and not is_degree_percent(doc, n)
        and not is_age(text, person_ends, n)
        and not is_family_size(text, n)
        and not is_ratio_term(text, n)
    ]
    readings = _read_all(doc, candidates)
    published = article.published[:10] if article.published else None
    index = _index(article, timexes)
    claims: list[Claim] = []
    for cand, (syntax, parsed, base) in zip(candidates, readings, strict=True):
        n, sentence = cand.number, cand.sentence
        claims.append(
            _claim(article, doc, n, sentence, syntax, parsed, base, index)
            if syntax is not None
            else _claim_without_parse(article, doc, n, sentence, index, published)
        )
    return claims


def _read_all(doc: Any, candidates: list[_Candidate]) -> list[tuple[NumberSyntax | None, Any, int]]:
    """Parse the windows holding the numbers (one batch) and read each number in its window."""
    if not candidates:
        return []
    ranges = sorted({(c.sentence.start, c.sentence.end) for c in candidates})
    windows = parse_windows(doc, ranges, [c.number.number_start for c in candidates])
    parsed = parse_spans(windows)
    bounds = [(w.start_char, w.end_char) for w in windows]
    where = _Spans(list(zip(bounds, parsed, strict=True)), bounds)
    out: list[tuple[NumberSyntax | None, Any, int]] = []
    for cand in candidates:
        n = cand.number
        found: tuple[NumberSyntax | None, Any, int] = (None, None, 0)
        holding = where.containing(n.number_start)
        if holding:
            (lo, _hi), copy = holding[0]
            reading = read_number(copy, lo, n.start, n.end, actor=n.money is not None)
            found = (reading, copy, lo)
        out.append(found)
    return out


def _claim(
    article: Article,
    doc: Any,
    n: NumberMatch,
    sentence: Sentence,
    syntax: NumberSyntax,
    parsed: Any,
    base: int,
    index: _Index,
) -> Claim:
    text = article.text
    nationality = _is_nationality(index.entities, syntax.noun_span)
    category = category_from_syntax(
        syntax, money=n.money is not None, percent=n.percent, nationality=nationality
    ) or category_of(text, n.end, n.money is not None, n.percent)
    end = n.end
    span = syntax.noun_span
    if span and span[0] >= n.start and n.end < span[1] <= n.end + _MAX_NOUN_GAP:
        end = span[1]
    if n.money or n.percent:
        unit: str | None = n.money or "percent"
        subject = (syntax.of_noun if n.money else None) or syntax.governor
    else:
        unit = _unit(syntax.noun, nationality)
        subject = text[syntax.noun_span[0] : syntax.noun_span[1]] if syntax.noun_span else None
    published = article.published[:10] if article.published else None
    found = _reported(article, n, end, unit, category, subject, index)
    as_of, rank = _as_of_parsed(article, sentence, n, syntax, parsed, base, index)
    change = syntax.change
    if syntax.coordinated and category in PERSON_CATEGORIES and not (n.money or n.percent):
        change = "part"  # "the captain and 10 other people drowned": the toll is more
    elif change == "total" and syntax.past and not syntax.running and rank < syntax.own_clause:
        change = "event"  # "35 people were killed on Monday": that day's incident
    if category == "cases" and not of_a_disease(article, sentence):
        category = "other"  # "four missing persons cases": no infection
    elif category == "injured" and ill_not_hurt(article, sentence):
        category = "other"  # "11 patients are being treated in an isolation ward": ill
    return replace(
        found,
        category=_counted_category(text, n, sentence, category, found.text),
        location=_place(index.entities, syntax),
        as_of=as_of or published,
        change=change,
        cause=" ".join(text[syntax.cause[0] : syntax.cause[1]].split()) if syntax.cause else None,
        certainty=syntax.certainty,
    )


def _reported(
    article: Article,
    n: NumberMatch,
    end: int,
    unit: str | None,
    category: str,
    subject: str | None,
    index: _Index,
) -> Claim:
    """The claim of a number with what both readings share: span, value, qualifier, speaker."""
    return Claim(
        start=n.start,
        end=end,
        text=article.text[n.start : end],
        value=n.value,
        qualifier=n.qualifier,
        unit=unit,
        category=category,
        subject=subject,
        speaker=_speaker(index.quotes, n.start, document(article), article.entities),
    )


def _claim_without_parse(
    article: Article,
    doc: Any,
    n: NumberMatch,
    sentence: Sentence,
    index: _Index,
    published: str | None,
) -> Claim:
    """A number the parse did not reach: the noun after it and the words next to it decide."""
    text = article.text
    noun = counted_noun(doc, n.end)
    end = noun[1] if noun else n.end
    unit: str | None
    if n.money:
        unit = n.money
    elif n.percent:
        unit = "percent"
    else:
        unit = _unit(noun[2] if noun else None, False)
    category = category_of(text, n.end, n.money is not None, n.percent)
    subject = text[noun[0] : noun[1]] if noun else None
    found = _reported(article, n, end, unit, category, subject, index)
    return replace(
        found,
        category=_counted_category(text, n, sentence, category, found.text),
        location=_location_after(article, index.entities, sentence, n.end),
        as_of=_as_of_unparsed(article, sentence, n, index) or published,
    )


def _counted_category(
    text: str, n: NumberMatch, sentence: Sentence, category: str, claim_text: str
) -> str:
    """The category read, unless the words around the number say it counts no one the
    story's event touched: a killing only tried ("attempting to murder at least three
    people") or someone's earlier record ("four prior arrests"), both "other"."""
    if category == "killed" and attempted_killing(text, n.start, sentence.start):
        return "other"
    if earlier_record(claim_text):
        return "other"
    return category


def _unit(noun: str | None, nationality: bool) -> str | None:
    """ "people" for any noun standing for persons (and deaths, bodies...), else the noun."""
    if noun is None:
        return None
    low = noun.lower()
    if low in ("death", "dead", "body", "casualty", "fatality", "life", "victim"):
        return "people"
    if is_people_noun(low, nationality=nationality) and low not in ("them", "they", "whom"):
        return "people"
    if low in ("them", "they", "whom", "those", "these"):
        return None
    return low


def _is_nationality(entities: _Spans[EntityMention], span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    return any(e.label == "NORP" for e in entities.overlapping(span[0], span[1]))


def _place(entities: _Spans[EntityMention], syntax: NumberSyntax) -> str | None:
    """The first place the parse ties to the number; "world" for worldwide figures."""
    for offset in syntax.places:
        for e in entities.containing(offset):
            if e.label in _PLACES:
                return e.canonical or e.text
    return "world" if syntax.world else None


def _location_after(
    article: Article, entities: _Spans[EntityMention], sentence: Sentence, end: int
) -> str | None:
    """Without a parse: a place written right after the number with "in"/"at" ("30 in Gaza")."""
    text = article.text
    for e in entities.starting_in(end, min(sentence.end, end + 40)):
        if e.label not in _PLACES:
            continue
        if _PLACE_PREP.search(text[max(end, e.start - 12) : e.start]):
            return e.canonical or e.text
    return None


def _usable_dates(
    text: str, sentence: Sentence, n: NumberMatch, timexes: _Spans[Timex]
) -> list[tuple[Timex, str]]:
    """The sentence's dates that may date a figure, with their calendar part.

    Not the number itself, not a bare number that is no plausible year, not a
    bound or a deadline ("since 1997", "by 2012", "until Wednesday"). A date after
    "since" is where a count or a change starts ("up about 13 percent since Sept. 11",
    "Since Monday, 40 have died"): the figure runs up to its report, so it is not dated
    by that start.
    """
    out: list[tuple[Timex, str]] = []
    for t in timexes.starting_in(sentence.start, sentence.end):
        if t.start < n.end and n.start < t.end:
            continue
        if _SINCE_BEFORE.search(text, max(sentence.start, t.start - 30), t.start):
            continue
        date = calendar_date(t.value)
        if date is None:
            continue
        bare = t.text.strip()
        if _BARE_DIGITS.fullmatch(bare) and not _YEAR_TEXT.fullmatch(bare):
            continue
        out.append((t, date))
    return out


def _comparison_date(text: str, n: NumberMatch, dates: list[tuple[Timex, str]]) -> str | None:
    for t, date in dates:
        begins = comparison_start(text, t.start, t.end)
        if begins is not None and begins <= n.start < t.start:
            return date
    return None


def _as_of_parsed(
    article: Article,
    sentence: Sentence,
    n: NumberMatch,
    syntax: NumberSyntax,
    parsed: Any,
    base: int,
    index: _Index,
) -> tuple[str | None, int]:
    """The figure's comparison date, else the date attached to its clause (nearest first),
    with where in the clause chain the date hangs (`_NOWHERE` when not from the clause)."""
    text = article.text
    dates = _usable_dates(text, sentence, n, index.timexes)
    compared = _comparison_date(text, n, dates)
    if compared is not None:
        return compared, _NOWHERE
    if not index.all_timexes.starting_in(sentence.start, sentence.end):
        # dated by the time stage without its expressions at hand: trust its date
        return (sentence.date if sentence.date_source == "timex" else None), _NOWHERE
    best: tuple[int, str] | None = None
    rank = {offset: i for i, offset in reversed(list(enumerate(syntax.clause)))}
    for t, date in dates:
        if is_reference_point(text, t.start, t.end):
            continue
        at = attachment_offset(parsed, base, t.start, t.end)
        if at is None or at not in rank:
            continue
        if best is None or rank[at] < best[0]:
            best = (rank[at], date)
    return (best[1], best[0]) if best else (None, _NOWHERE)


def _as_of_unparsed(
    article: Article, sentence: Sentence, n: NumberMatch, index: _Index
) -> str | None:
    """Without a parse: the comparison date, else the sentence's own date."""
    text = article.text
    dates = _usable_dates(text, sentence, n, index.timexes)
    compared = _comparison_date(text, n, dates)
    if compared is not None:
        return compared
    own: str | None = None
    for t, _date in dates:
        if (
            own is None
            and _FULL_DATE.match(t.value)
            and not is_reference_point(text, t.start, t.end)
        ):
            own = t.value
    if sentence.date_source == "timex" and sentence.date:
        return sentence.date
    return own


def _speaker(
    quotes: _Spans[Quote], pos: int, doc: Any, mentions: Sequence[EntityMention]
) -> str | None:
    """Who the quote holding a number is shown as said by (`Speaker.name`): a pronoun or a
    relative word nobody was found for ("he", "which") names no one and is no speaker. A
    figure an attribution hidden from the quote lists reports ("BP reported a loss of $17
    billion") is still its source's (`hidden_source`)."""
    for q in quotes.containing(pos):
        if q.speaker is not None:
            return q.speaker.name or hidden_source(q, pos, doc, mentions)
    return None


class ClaimStage:
    name = "claims"
    requires = frozenset({"sentences", "entities", "quotes"})
    assigns = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        return replace(article, claims=tuple(extract_claims(article)))
