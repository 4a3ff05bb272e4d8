"""The "claims" stage: reported numbers with what they count, where, as of when, said by whom.

Numbers come from `find_numbers` (which already drops years, ordinals and the
like); spans the recogniser typed DATE, TIME or ORDINAL are dropped too. The
as-of date is the date of the comparison the number stands in ("up from 14% a
year ago"), else the sentence's own date when the time stage ran (else a full
date timex inside the sentence that is no bound or deadline), else the
publication date; the speaker is the resolved speaker of the quote the number
sits in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from storyline.analyze.claims.context import category_of, counted_noun
from storyline.analyze.claims.numbers import NumberMatch, find_numbers
from storyline.analyze.entities.stage import document
from storyline.analyze.time.lexicon import MONTHS, WEEKDAYS
from storyline.analyze.time.roles import comparison_start, is_reference_point
from storyline.analyze.time.values import calendar_date
from storyline.model import Article, Claim, Sentence

__all__ = ["ClaimStage", "extract_claims"]

_NOT_COUNTS = frozenset(
    {"DATE", "TIME", "ORDINAL", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "ORG", "PERSON"}
)
"""Numbers inside these spans are not counts ("iPhone 4", "FTSE 100", "Resolution 2334")."""
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREP = re.compile(r"\b(?:in|at|across|throughout|inside|near)\s+(?:the\s+)?$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BARE_DIGITS = re.compile(r"\d[\d,.]*")
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY"})
_SENTENCE_END = frozenset(".!?:;\"'`")
_PEOPLE_NOUNS = frozenset({"deaths", "dead", "casualties", "fatalities", "lives", "victims"})


def extract_claims(article: Article) -> list[Claim]:
    """All quantitative claims of an article, in text order."""
    text = article.text
    if not text.strip():
        return []
    doc = document(article)
    blocked = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_COUNTS]
    sentences = list(article.sentences) or [Sentence(0, len(text))]
    starts = [s.start for s in sentences]
    published = article.published[:10] if article.published else None
    claims: list[Claim] = []
    for n in find_numbers(text):
        if any(a <= n.number_start < b for a, b in blocked) or _name_number(doc, text, n):
            continue
        sentence = sentences[max(0, bisect_right(starts, n.start) - 1)]
        s_text = text[sentence.start : sentence.end]
        noun = counted_noun(doc, n.end)
        end = noun[1] if noun else n.end
        unit: str | None
        if n.money:
            unit = n.money
        elif n.percent:
            unit = "percent"
        else:
            unit = noun[2] if noun else None
        category = category_of(s_text, n.start - sentence.start, n.money is not None, n.percent)
        if unit in _PEOPLE_NOUNS:
            unit = "people"
        claims.append(
            Claim(
                start=n.start,
                end=end,
                text=text[n.start : end],
                value=n.value,
                qualifier=n.qualifier,
                unit=unit,
                category=category,
                subject=text[noun[0] : noun[1]] if noun else None,
                location=_location(article, sentence, n.start),
                as_of=_as_of(article, sentence, n.start) or published,
                speaker=_speaker(article, n.start),
            )
        )
    return claims


def _name_number(doc: Any, text: str, n: NumberMatch) -> bool:
    """A bare number right after a proper noun naming no place: "FTSE 100", "iPhone 4".

    The recogniser often leaves such names out of its spans (or types them as a
    count). The noun must not open its sentence ("Reuters 30" is rare, "In 30
    days" common) and must not be a place ("in Gaza 30 people were killed"),
    nationality, weekday or month.
    """
    if n.money or n.percent or not _BARE_DIGITS.fullmatch(text, n.number_start, n.end):
        return False
    span = doc.char_span(n.number_start, n.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.whitespace_ != " " or prev.idx + len(prev.text_with_ws) != n.number_start:
        return False
    if prev.tag_ not in ("NNP", "NNPS") or prev.ent_type_ in _NOT_NAMES:
        return False
    if prev.lower_.rstrip(".") in MONTHS or prev.lower_ in WEEKDAYS:
        return False
    if prev.i == 0:
        return False  # opens the text
    before = doc[prev.i - 1]  # the token before the noun: a sentence end or a line break?
    return not (before.text[-1] in _SENTENCE_END or "\n" in before.text + before.whitespace_)


def _location(article: Article, sentence: Sentence, pos: int) -> str | None:
    """The place a number is about: one written after it with "in"/"at" ("killed 30 in Gaza")
    wins, else the place nearest to it in the sentence."""
    text = article.text
    places = [
        e
        for e in article.entities
        if sentence.start <= e.start < sentence.end and e.label in _PLACES
    ]
    if not places:
        return None
    after = [
        e
        for e in places
        if e.start > pos and _PLACE_PREP.search(text[max(pos, e.start - 12) : e.start])
    ]
    best = after[0] if after else min(places, key=lambda e: abs(e.start - pos))
    return best.canonical or best.text


def _as_of(article: Article, sentence: Sentence, pos: int) -> str | None:
    """The date of the figure at `pos`: its comparison's, else its sentence's own.

    In "rose to 17%, up from 14% a year ago" the 14% is a year old and the 17%
    is as of the sentence; a date named as a bound or deadline dates neither.
    """
    text = article.text
    own: str | None = None
    for t in article.timexes:
        date = calendar_date(t.value)
        if date is None or not sentence.start <= t.start < sentence.end:
            continue
        begins = comparison_start(text, t.start, t.end)
        if begins is not None and begins <= pos < t.start:
            return date
        if (
            own is None
            and _FULL_DATE.match(t.value)
            and not is_reference_point(text, t.start, t.end)
        ):
            own = t.value
    if sentence.date_source == "timex" and sentence.date:
        return sentence.date
    return own


def _speaker(article: Article, pos: int) -> str | None:
    for q in article.quotes:
        if q.start <= pos < q.end and q.speaker is not None:
            return q.speaker.canonical or q.speaker.text
    return None


class ClaimStage:
    name = "claims"
    requires = frozenset({"sentences", "entities", "quotes"})
    assigns = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        return replace(article, claims=tuple(extract_claims(article)))
