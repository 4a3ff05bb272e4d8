"""tag_timexes: recognise every temporal expression in a text and normalise it.

Three passes, as in HeidelTime: every rule proposes candidate spans; the
longest non-overlapping candidates win (earlier rules break ties); then the
survivors are resolved left to right, so anaphoric expressions see the last
date mentioned before them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
from collections.abc import Sequence
from typing import Any

from storyline.analyze.time.amounts import AMOUNT_HANDLERS
from storyline.analyze.time.anchor import Context
from storyline.analyze.time.compose import (
    add_coordinated_days,
    merge_day_offsets,
    share_set_parts,
    times_on_days,
)
from storyline.analyze.time.dates import DATE_HANDLERS, Handler
from storyline.analyze.time.lexicon import parse_number
from storyline.analyze.time.patterns import RULES
from storyline.analyze.time.periods import PERIOD_HANDLERS, UNTENSED_SEASON_REL
from storyline.analyze.time.postags import SentenceTags
from storyline.analyze.time.regions import RegionScanner
from storyline.analyze.time.spans import not_a_timex, span_start
from storyline.analyze.time.values import Point, parse_point
from storyline.model import Timex

__all__ = ["tag_timexes"]

HANDLERS: dict[str, Handler] = DATE_HANDLERS | PERIOD_HANDLERS | AMOUNT_HANDLERS
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*\s+(?=[\"'(\[“‘]?[A-Z0-9])|\n\s*\n")
_PREP_BEFORE_MONTH = re.compile(
    r"\b(?:in|since|until|till|by|of|during|through|from|to|before|after|early|late|mid|last|"
    r"this|next|between|and|or|on|for|the)[\s-]*$",
    re.IGNORECASE,
)
# A quantity just before ("$2 million a year", "700 seats a week"): a rate. The words
# between stay in the clause: a number in the sentence before ("... in 1994. In
# January, a week after ...") does not make a rate, nor does one on the line before.
_RATE_BEFORE = re.compile(
    r"(?:\d|%|percent|illion|dollars|cents|times|euros|pounds|yen|cent)(?:[^\S\n]|[$)])*"
    r"(?:[A-Za-z-]+[^\S\n]+){0,2}\Z",
    re.IGNORECASE,
)
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "dec", "sep"}
_AGE_AFTER = re.compile(r"\s*-?\s*old\b", re.IGNORECASE)
_OF_AFTER = re.compile(r",?\s+of\b", re.IGNORECASE)
_APART_AFTER = re.compile(r"\s+apart\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\d|\bmatter\s+of)\s*$", re.IGNORECASE)
_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|for|since|from|to|until|by|with|through|over|the|a|an|as|"
    r"while|during|after|before|between|of|basis|rather|than|is|are|was|were)\b)[a-z]"
)
_YEAR_TO_DATE = re.compile(
    r"(?i)\bthe\s+(?:first\s+|latest\s+|past\s+)?(?:six|nine|6|9)\s+months\b"
)
_FOR_BEFORE = re.compile(r"\bfor[^\S\n]+\Z", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:at|around|about|by|until|till|from|since|before|after|to)[^\S\n]+|"
    r"\d{4}-\d\d-\d\d[T ]?|\d{1,2}/\d{1,2}/\d{2,4}[^\S\n]+)\Z",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"[^\S\n]*(?:[aApP]\.?[mM]\b|[A-Z]{2,4}\b|[+-]\d\d|Z\b)")
_IN_A_ROW = {"consecutive", "straight", "successive"}
_SIGNAL_UNITS = {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight"}
_UNAMBIGUOUS_SEASONS = {"summer", "winter", "autumn"}
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_SEASON_PREP = re.compile(
    r"\b(?:in|into|during|by|until|since|over|through|this|that|of)\s+$", re.I
)
# Rules whose value is a date the text states; only these become the anchor of anaphora.
_ANCHORING = {
    "iso",
    "slash",
    "mdy",
    "dmy",
    "month_year",
    "month_year_words",
    "month_rel_year",
    "year_words",
    "month",
    "year",
    "weekday",
    "deictic",
    "clock",
    "quarter",
    "quarter_q",
    "holiday",
    "anaphor_day",
    "rel_unit",
    "season",
}
_QUARTERS = {"quarter", "quarter_q"}
# Rules whose value may depend on the tense of the sentence, and the groups that, when
# present, fix the value without it ("Friday, Oct. 7, 2023", "last Friday").
_TENSED: dict[str, tuple[str, ...]] = {
    "weekday": ("rel",),
    "mdy": ("year",),
    "dmy": ("year",),
    "week_of": ("year",),
    "month": ("rel",),
    "holiday": ("rel", "year"),
    "quarter": ("y0", "y1", "yrel"),
    "clock": ("deictic",),
}
# POS-tag at most this many characters of sentences per text; beyond, cue words decide.
_MAX_TAGGED_CHARS = 200_000


def _needs_tense(rule: str, m: re.Match[str]) -> bool:
    if rule == "rel_unit":
        return "weekend" in m.group(0).lower()
    if rule == "season":  # "over the summer", not "last summer" or "the summer of 1994"
        groups = m.groupdict()
        rel = (groups.get("rel") or "").lower()
        return not (groups.get("year") or groups.get("c")) and rel in UNTENSED_SEASON_REL
    if rule not in _TENSED:
        return False
    groups = m.groupdict()
    if rule == "clock" and not (groups.get("wd") or groups.get("mon2")):
        return False
    return not any(groups.get(name) for name in _TENSED[rule])


def _accept(rule: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply (case, the words just before)."""
    if not_a_timex(rule, m, text):
        return False
    groups = m.groupdict()
    for name in ("mon", "mon2"):
        token = groups.get(name)
        if token and not token[0].isupper():
            return False
    if rule == "month" and not groups.get("rel"):
        token = (groups.get("mon") or "").rstrip(".").lower()
        if len(token) <= 4 and token not in ("june", "july", "may"):
            return False
        if token in _AMBIGUOUS_MONTHS and not _PREP_BEFORE_MONTH.search(
            text, max(0, m.start() - 20), m.start()
        ):
            return False
    if rule == "duration":
        return _accept_duration(m, text)
    if rule == "clock" and text[max(0, m.start() - 1) : m.start()] == ":":
        return False  # "10:30:00 PM": the seconds of a longer clock, not an hour
    if rule == "clock_duration":
        # "at 10:30:00", "2024-03-01 06:18:00", "10:30:00 GMT": a clock reading, not a length
        before = text[max(0, m.start() - 16) : m.start()]
        return not (_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(text, m.end()))
    if rule == "ago" and _FOR_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        # "jailed for eight years earlier this month", "for two years back home": after
        # "for" a count of units is how long, never how far back; the duration rule reads it.
        return False
    if rule == "ago" and _field_lower(m, "dir") in ("later", "earlier"):
        # "three days later": TimeML reads "later" as a signal after a DURATION ("three
        # days"); only calendar periods ("a year earlier") name a date of their own.
        return _field_lower(m, "unit") not in _SIGNAL_UNITS
    if rule == "bare_units":
        # "52 years old", "minutes apart", "a matter of days": ages and distances, not periods.
        if _AGE_AFTER.match(text, m.end()) or _APART_AFTER.match(text, m.end()):
            return False
        return not _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if (
        rule == "quarter"
        and _field_lower(m, "ord") in ("last", "final")
        and not (groups.get("y0") or groups.get("y1"))
    ):
        return False  # "the last half of the '80s": not a calendar half without its year
    adverb = (groups.get("adv") or "").lower()
    if rule == "set" and adverb == "quarterly" and _ADJECTIVE_USE.match(text, m.end()):
        return False  # "quarterly dividend", "daily flights"
    if (
        rule == "set"
        and adverb in ("annually", "yearly")
        and _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return False  # "rise 8.5% annually": a rate, like "$500 million a year"
    if rule == "season" and not groups.get("year"):
        rel = (groups.get("rel") or "").lower()
        if rel in ("", "the"):
            if _SEASON_PREP.search(text, max(0, m.start() - 12), m.start()):
                return True
            # "spring" and "fall" are also a coil and a drop; "Summer Olympics" is a name
            season = (groups.get("season") or "").lower()
            return season in _UNAMBIGUOUS_SEASONS and not _NAME_AFTER.match(text, m.end())
    if rule == "weekday" and not (groups.get("wd") or "a")[0].isupper():
        return False
    return m.end() > m.start()


def _field_lower(m: re.Match[str], name: str) -> str:
    value = m.groupdict().get(name)
    return value.lower() if value else ""


def _accept_duration(m: re.Match[str], text: str) -> bool:
    num = (m.group("num") or "").lower()
    if _AGE_AFTER.match(text, m.end()) or m.group("old"):
        return False  # ages ("52 years old") and fractions ("a quarter of") are not timexes
    if (
        "quarter" in (m.group("unit") or "").lower()
        and (m.group("adj") or "").lower() not in _IN_A_ROW
        and (
            "-" in m.group(0) or (_OF_AFTER.match(text, m.end()) and parse_number(num) is not None)
        )
    ):
        # "three-quarters", "a quarter of the market"; but "two consecutive quarters of
        # growth" counts periods
        return False
    if num.isdigit() and len(num) == 4 and (m.group("det") or "").lower() == "the":
        return False  # "the 1988 quarter"
    # "$500 million a year" is a rate, not tagged.
    return not (
        num in ("a", "an", "one") and _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )


def _lower_literals(pattern: str) -> str:
    """The pattern for lower-cased text: upper-case literals lowered, escapes and (?P kept."""
    return re.sub(
        r"\\.|\(\?P|[A-Z]",
        lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0),
        pattern,
    )


# Case-sensitive twins of RULES, run over the lower-cased text: matching without
# IGNORECASE is about twice as fast, and almost every position of a text fails
# every rule. A hit is re-matched with the original rule at the same position,
# so handlers still see the original case ("May" the month, "may" the verb).
_LOWER_RULES = tuple(re.compile(_lower_literals(rule.regex.pattern)) for rule in RULES)


# The regex module's own parser (typeshed names no stubs for it): the rules' syntax trees.
_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one (None: none known).

    Read from the compiled pattern's own syntax tree, so it is exact by
    construction: a run of literal characters in a sequence is matched as written,
    a group or a repeat of at least once matches its contents, an alternation
    one of its branches. A text holding none of the strings cannot match, and
    the rule is not scanned at all (most of the ~40 rules find nothing in most
    texts, and a substring test costs far less than a regex scan). Case-folding
    patterns give None: their literals do not stand for themselves.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    return _factors(_sre_parse.parse(pattern.pattern, pattern.flags))


def _factors(items: Any) -> frozenset[str] | None:
    """Required strings of a parsed sequence: its best choice (longest shortest string)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        sub: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            sub = None if av[1] & re.IGNORECASE else _factors(av[3])
        elif op is _sre.ATOMIC_GROUP:
            sub = _factors(av)
        elif op is _sre.BRANCH:
            parts = [_factors(branch) for branch in av[1]]
            sub = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            sub = _factors(av[2])
        elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            sub = frozenset(chr(v) for _, v in av)
        if sub:
            found.append(sub)
    if run:
        found.append(frozenset({"".join(run)}))
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


# What a lower-cased text must hold for each of _LOWER_RULES to match in it.
_REQUIRED = tuple(required_words(rule) for rule in _LOWER_RULES)
# Each lower-case rule scanned only over the runs of text that can hold its matches.
_SCANNERS = tuple(
    RegionScanner(rule, words) for rule, words in zip(_LOWER_RULES, _REQUIRED, strict=True)
)


def _may_match(priority: int, lowered: str) -> bool:
    words = _REQUIRED[priority]
    return words is None or any(word in lowered for word in words)


class _Lowered:
    """A lower-cased text with what the rules' region scans share: its reverse, word offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.reversed = text[::-1]
        self.occurrences: dict[str, list[int]] = {}


def _matches(priority: int, text: str, lowered: _Lowered | None) -> list[re.Match[str]]:
    rule = RULES[priority].regex
    if lowered is None:
        return list(rule.finditer(text))
    if not _may_match(priority, lowered.text):
        return []  # no lower-case hit possible: the scan below would return [] too
    out = []
    hits = _SCANNERS[priority].matches(lowered.text, lowered.reversed, lowered.occurrences)
    for hit in hits:
        m = rule.match(text, hit.start())
        if m is None or m.end() != hit.end():
            return list(rule.finditer(text))  # case folding disagreed: scan the original
        out.append(m)
    return out


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found: list[tuple[int, int, int, re.Match[str]]] = []
    lower = text.lower()
    # a character whose lower case is longer ("İ") would shift offsets: scan the original
    lowered = _Lowered(lower) if len(lower) == len(text) else None
    for priority, rule in enumerate(RULES):
        for m in _matches(priority, text, lowered):
            if _accept(rule.name, m, text):
                found.append((m.start(), m.end(), priority, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    for cand in found:
        start, end = cand[0], cand[1]
        i = bisect.bisect_left(taken, (start, end))
        if i > 0 and taken[i - 1][1] > start:
            continue
        if i < len(taken) and taken[i][0] < end:
            continue
        taken.insert(i, (start, end))
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def tag_timexes(
    text: str,
    dct: dt.date | None,
    sentences: Sequence[tuple[int, int]] | None = None,
    *,
    doc: Any = None,
    pos: bool = True,
) -> list[Timex]:
    """Every TIMEX3 expression in `text`, valued against the creation date `dct`.

    `sentences` ((start, end) offsets, sorted) bound the tense cues; without them
    a punctuation splitter is used. With `dct` None, deictic values keep X
    placeholders (XXXX-WXX-5) instead of guessing an anchor. The tense of a
    bare weekday or month comes from POS tags: those of `doc` (a tagged spaCy
    Doc of `text`) if given, else spaCy's tagger on just those sentences;
    `pos=False` keeps to cue words (no model, regex speed).
    """
    if not text:
        return []
    bounds = list(sentences) if sentences else _sentence_bounds(text)
    starts = [s for s, _ in bounds]
    ctx = Context(text=text, dct=dct, ref=Point(dct, "D") if dct else None)
    candidates = _candidates(text)

    def sentence_of(offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return bounds[i] if bounds else (0, len(text))

    if dct is not None and (pos or doc is not None):
        wanted = sorted(
            {sentence_of(c[0]) for c in candidates if _needs_tense(RULES[c[2]].name, c[3])}
        )
        budget, chosen = _MAX_TAGGED_CHARS, []
        for start, end in wanted:
            budget -= end - start
            if budget < 0:
                break
            chosen.append((start, end))
        ctx.tags = SentenceTags(text, doc)
        ctx.tags.prepare(chosen)
    out: list[Timex] = []
    for _, end, priority, m in candidates:
        rule = RULES[priority].name
        start = span_start(rule, m, text)
        ctx.start, ctx.end = start, end
        ctx.sent_start, ctx.sent_end = sentence_of(start)
        try:
            result = HANDLERS[rule](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            result = None  # out-of-calendar values ("year 99999", "February 30")
        if result is None:
            continue
        kind, value = result
        out.append(Timex(start, end, text[start:end], kind, value))  # type: ignore[arg-type]
        if kind == "DURATION" and _YEAR_TO_DATE.search(m.group(0)):
            # "For the nine months, ... a year earlier": the comparison now spans the
            # year to date, not the quarter named before, so it is read at year level.
            ctx.quarter = None
            base = ctx.ref.day if ctx.ref is not None else ctx.dct
            ctx.ref = Point(base, "Y") if base is not None else None
        if kind in ("DATE", "TIME") and rule in _ANCHORING:
            point = parse_point(value)
            if point is not None:
                ctx.ref = point
                if point.gran == "Q" and (rule in _QUARTERS or "quarter" in m.group(0).lower()):
                    ctx.quarter = point
    merged = merge_day_offsets(text, out)
    return share_set_parts(text, times_on_days(text, add_coordinated_days(text, merged)))
