"""Numbers as news writes them: "more than 32,000", "two dozen", "1.2 million", "$75m", "70%".

`find_numbers` returns each numeric expression with its value, qualifier and
whether it is money or a percentage; it skips what is not a count (ordinals,
years, times, phone numbers, calibres like "120mm", list fragments like
"1,2,3", exponents like "10^6"). Context (units, categories) is added later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

__all__ = ["NumberMatch", "Qualifier", "find_numbers", "words_value"]

Qualifier = Literal["exact", "more_than", "less_than", "about", "at_least", "up_to"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12, "m": 1_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000, "tn": 1_000_000_000_000,
}  # fmt: skip

_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    (r"more than|over|above|in excess of|upwards of|exceeding|beyond", "more_than"),
    (r"fewer than|less than|under|below", "less_than"),
    (r"at least|no fewer than|no less than|a minimum of", "at_least"),
    (r"up to|as many as|as much as|at most|no more than|a maximum of", "up_to"),
    (
        r"about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|"
        r"close to|closer to|just under|just over|circa|about|around",
        "about",
    ),
)
_QUAL_RE = "|".join(f"(?P<q{i}>{pat})" for i, (pat, _) in enumerate(_QUALIFIERS))

_WORD_NUM = "|".join(sorted(_UNITS, key=len, reverse=True))
_SCALED = r"(?=\s?(?:-\s?)?(?:%|(?:million|billion|trillion|percent|per\s+cent)\b))"
_DIGITS = (
    r"(?<!foot\s-\s)(?<!foot-)\d{1,3}(?:(?:,| , )\d{3})+(?:\.\d+)?(?!\d)"
    rf"|\d+(?:\.\d+|\s\.\s\d+{_SCALED})?"
)
"""Digits as news writes them, and as tokenised text does: "120 , 000" (a thousands
separator set off by spaces) is 120000 (not the inches of a height: "5 - foot - 10 , 180 pounds"
is a height and a weight), and "3 . 9 percent", "$2 . 6 million" (a decimal
point set off by spaces, before a scale word or a percent sign) are 3.9 and 2.6; a tokenised
point before anything else may end a sentence ("rose to 12 . 5 more were found")."""
_SCALE_WORD = r"hundred|thousand|million|billion|trillion"
_NUMBER = re.compile(
    rf"(?<![\w$£€])(?:(?P<qual>{_QUAL_RE})\s+)?"
    # one-letter prefixes only when written against the sign ("A$5", "C$5"): in
    # "A $20 billion fund" the "A" is an article and the dollars are US dollars
    r"(?:(?P<cur>(?:(?:US|CA|AU|HK|NZ)\s?|[AC](?=\$))?\$|£|€|USD|EUR|GBP)\s?)?"
    rf"(?:(?P<digits>{_DIGITS})|(?P<words>(?:a(?=[\s-](?:{_SCALE_WORD}|dozen)\b)|(?:{_WORD_NUM})\b)(?:[\s-](?:{_WORD_NUM}|and))*))"
    # a hyphen joins a scale word to digits only ("a $20-billion fund"), never to a word
    # ("half-a-million" is half of it, "a-million-dollar home" an adjective)
    rf"(?:(?:\s?|(?(digits)\s?-\s?(?=(?:{_SCALE_WORD})\b)|(?!)))"
    rf"(?P<scale>{_SCALE_WORD}|dozen|bn|mn|tn|m|b|k)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_BAD_AFTER = re.compile(
    r"^(?:mm\b|cm\b|\s?-?\s?(?:year|yr)s?\s?-\s?old\b|\s?:\s?\d|[.,]\d|/\d|\^|-\d|\d|"
    r"\s\.\s\d\d\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?!\w)|"  # a clock time: "1 : 30", "9 . 30 am", "30 am"
    r"\s?-\s?(?:year|month|week|day|hour|minute|second|point|mile|foot|story|storey|game|man|"
    r"member|seat|page|part|round|time)\b|"
    r"[\s-](?:thirds?|quarters?|fifths?|sixths?|tenths?|halves)\b)",  # "two-thirds": a share
    re.IGNORECASE,
)
_BAD_BEFORE = re.compile(
    r"(?:[\d^/:#]|\d[,.\-–]|\d\s|\bhalf[\s-]|\b(?:part|chapter|page|no\.?|number|article|section|paragraph|"
    r"resolution|flight|route|highway|room|phase|step|level|round|game|version|model|"
    r"episode|season|act|verse|line|exhibit|item|annex|figure|table|vol\.?|volume|tel\.?|"
    r"phone|fax|ext\.?|grade|class|category|stage|platform|gate|terminal|district|ward|"
    r"zone|sector|block|unit|building|apartment|lot|bus|train|car|seat|row)\s?)$",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}\s:\s$")
"""The hour of a clock time written tokenised ("1 : 30"): a date heading ("January 1 : Two
soldiers were killed") or a year ("1983 : 8,000 people") is followed by a count."""
_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–)\s*", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_MONTHS = re.compile(_MONTH + r"(?:\.?\s*|\s\.\s)\Z", re.IGNORECASE)
"""A month ending right before a number ("May 5", "Jan. 5", tokenised "Jan . 5"): the
number is its day."""
_DATE_HEADING = re.compile(_MONTH + r"(?:\s?\.)?\s+[1-9]\d?\s:\s$", re.IGNORECASE)
"""A date and a colon before a number ("March 3 : 40 people were killed", a timeline's
heading): the number after it is a count, not a clock time's minutes."""
_SPACED_SEPARATOR = " , "
_PENCE = re.compile(r"\s?pence\b", re.IGNORECASE)
"""Pence after a number: an amount in pounds, a hundredth of one each ("offered 420 pence a
share"). Not "p", which as often ends a page or a model name."""


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    number_start: int
    value: float
    qualifier: Qualifier
    money: str | None
    percent: bool
    scale: int = 1
    """The magnitude word's factor ("million", "bn"), 1 without one."""


def words_value(words: str) -> float | None:
    """The value of a number written in words ("twenty-five", "two dozen", "a hundred")."""
    total = 0.0
    current = 0.0
    seen = False
    for w in re.split(r"[\s-]+", words.lower()):
        if w in {"and", ""}:
            continue
        if w == "a":
            current = max(current, 1)
            continue
        if w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _SCALES:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _qualifier(m: re.Match[str]) -> Qualifier:
    for i, (_, q) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            return q
    return "exact"


_WEIGHT_POUND = re.compile(
    r"pounds?\b(?:\s+|-)(?:per\b|force\b|of\b(?!\s+(?:\w+\s+){0,2}?"
    r"(?:money|cash|funding|funds?|aid|investment|spending|savings|debt|taxpayers?)\b))",
    re.IGNORECASE,
)
""""Pounds" as a weight or a pressure, not the currency: "6,000 pounds per square inch",
"14 pounds per gallon", "2,000 pounds of explosives" (but "5 million pounds of funding" is
money). The word is the same; what follows it says which."""


_WEIGHED = re.compile(
    r"(?i)(?:\b(?:weigh(?:s|ed|ing)?|weight\s+of|scales?\s+at)"
    r"|\bfoot(?:\s?-\s?\d{1,2})?\s*,?(?:\s*and)?)\s*$"
)
""""weighs 180 pounds", "weighing 9 pounds", "a weight of 40 pounds", "5-foot-10, 180 pounds"
(a height, then a weight): the words before the number make "pounds" a weight, whatever
follows it."""


def _currency(symbol: str | None, after: str) -> str | None:
    if symbol:
        s = symbol.strip().upper()
        s = s.replace(" ", "")
        return {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "C$": "CAD", "CA$": "CAD"}.get(
            s, {"A$": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD"}.get(s, s)
        )
    low = after.lower()
    for word, code in (
        ("dollar", "USD"),
        ("euro", "EUR"),
        ("pound", "GBP"),
        ("shekel", "ILS"),
        ("yuan", "CNY"),
        ("yen", "JPY"),
    ):
        if re.match(rf"{word}s?\b", low):  # "euros", not "European": a word, not its prefix
            return None if code == "GBP" and _WEIGHT_POUND.match(low) else code
    return None


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """`_NUMBER`'s matches in `text`, but a day of the month is not joined to the count
    after it as its thousands: tokenised "On May 5 , 200 protesters marched" (written "May
    5, 200") is a day and a count of 200, not 5,200."""
    pos = 0
    while (m := _NUMBER.search(text, pos)) is not None:
        digits = m.group("digits")
        if digits and _SPACED_SEPARATOR in digits:
            day, rest = digits.split(_SPACED_SEPARATOR, 1)
            dated = _MONTHS.search(text, max(0, m.start("digits") - 24), m.start("digits"))
            if dated and int(day) <= 31 and not rest.startswith("0"):
                pos = m.start("digits") + len(day) + len(_SPACED_SEPARATOR)
                continue  # the day is no figure; the count after it is read on its own
        yield m
        pos = m.end()


def find_numbers(text: str) -> list[NumberMatch]:
    """Every count-like numeric expression in `text`, in order."""
    out: list[NumberMatch] = []
    for m in _number_matches(text):
        start, end = m.span()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_"):
            continue
        digits, words = m.group("digits"), m.group("words")
        after = text[end : end + 24]
        before = text[max(0, start - 24) : start]
        if _ORDINAL_AFTER.match(after) or _BAD_AFTER.match(after) or _BAD_BEFORE.search(before):
            continue
        if end < len(text) and text[end].isalpha() and not m.group("scale"):
            continue
        scale_word = (m.group("scale") or "").lower()
        exact: Decimal | None = None
        if digits:
            exact = Decimal(re.sub(r"[\s,]", "", digits))
            value = float(exact)
        else:
            if words.strip().lower() in {"a", "one"} and not scale_word:
                continue  # "one of", "a" alone: not a count worth a claim
            parsed = 1.0 if words.strip().lower() == "a" else words_value(words)
            if parsed is None:
                continue
            value = parsed
        if scale_word:
            if scale_word in {"m", "b", "bn", "mn", "k", "tn"} and not m.group("cur"):
                continue  # "5m" without a currency is a distance, not a count
            scale = _SCALES[scale_word] if scale_word != "dozen" else 12
            # decimal arithmetic: "4.1 million" is 4100000 exactly, not 4099999.999...
            value = float(exact * scale) if exact is not None else value * scale
        money = _currency(m.group("cur"), text[end : end + 60].lstrip())
        if money == "GBP" and not m.group("cur") and _WEIGHED.search(before):
            money = None  # "he weighs 180 pounds": a weight
        if money is None and not m.group("pct") and _PENCE.match(text, end):
            money = "GBP"  # "420 pence a share" is 4.20 pounds
            value = float(Decimal(str(value)) / 100)
        percent = bool(m.group("pct"))
        if (
            digits
            and not (money or percent or scale_word)
            and re.fullmatch(r"1[5-9]\d\d|20\d\d", digits)
            and not re.match(r"\s+(?:people|persons|troops|soldiers|workers)", after)
        ):
            continue  # a year
        if digits and _MONTHS.search(before) and value <= 31:
            continue  # a day of the month
        if (
            digits
            and len(digits) == 2
            and _CLOCK_BEFORE.search(before)
            and not _DATE_HEADING.search(before)
        ):
            continue  # the minutes of "1 : 30"
        qual_start = m.start("qual") if m.group("qual") else start
        number_start = (
            m.start("cur")
            if m.group("cur")
            else (m.start("digits") if digits else m.start("words"))
        )
        out.append(
            NumberMatch(
                start=qual_start,
                end=end,
                number_start=number_start,
                value=value,
                qualifier=_qualifier(m),
                money=money,
                percent=percent,
                scale=_SCALES[scale_word] if scale_word and scale_word != "dozen" else 1,
            )
        )
    return _shared_scales(text, out)


def _shared_scales(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """A range's first end takes the magnitude its second end carries.

    "between $300 and $450 million" and "from 3 to 5 million euros" write the
    scale once: the first figure is 300 million dollars, not 300. Only a plain
    figure below 1,000 (no thousands separator, no scale of its own, no other
    currency) joined by "and"/"to"/"or"/a dash to a scaled figure larger than
    it is read so; "rose from 300,000 to 1.2 million" keeps its 300,000.
    """
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        written = text[first.number_start : first.end]
        if (
            first.scale != 1
            or second.scale == 1
            or first.percent
            or "," in written
            or first.value >= 1000
            or (first.money is not None and first.money != second.money)
            or not _RANGE_JOIN.fullmatch(text, first.end, second.start)
        ):
            continue
        value = float(Decimal(str(first.value)) * second.scale)
        if value > second.value:
            continue
        out[i] = replace(first, value=value, money=second.money, scale=second.scale)
    return out
