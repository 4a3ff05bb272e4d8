"""Where a TIMEX3 span begins, and matches that only look like timexes.

The rules match a little more than TimeML puts inside a TIMEX3 because the
extra words help read the value ("within", "earlier", a determiner); the span
is then narrowed here. Titles and idioms that contain time words ("60
Minutes", "High Noon", "today's youth") are rejected here too, and so are
time words in a use that refers to no time: "Now" opening a turn in the talk
("Now for the weather", "Now, what next?"), "the early hours" (a part of the day, not a count of
hours), "recently" that only hedges the date after it ("most recently last
October").
"""

from __future__ import annotations

import re

from storyline.analyze.time.lexicon import MONTHS, WEEKDAYS, alternation

__all__ = ["not_a_timex", "span_start"]

_LEAD_OUT = re.compile(
    r"(?:(?:within|over|under|only|just|barely|about|almost|in(?=\s+(?:the|recent)\b)|"
    r"for(?=\s+now\b)|at(?=\s+the\b)|(?:earlier|later)(?!\s+th(?:is|at)\b))\s+)+",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"(?:(?:the|a|an|its|their|his|her|our|\w+'s)\s+)+", re.IGNORECASE)
_GENERIC_AFTER = re.compile(
    r"'s\s+(?:world|society|youth|young|generation|standards|economy|culture|children|kids|"
    r"teenagers|families|consumers)\b"
)
_OF_DATE_AFTER = re.compile(
    r"\s+of\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
_NAME_BEFORE = re.compile(r"[A-Za-z0-9,;(]\s+(?P<word>[A-Z][A-Za-z]*)\s+$")
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
# words before a year that make it a date, not part of a name ("In 1990 Congress ...")
_NOT_NAMES = {m.lower() for m in MONTHS} | {w.lower() for w in WEEKDAYS}
_NOT_NAMES |= set("fiscal fy in since by until from of and or to through".split())  # noqa: SIM905
_GERUND_AFTER = re.compile(r"\s+[a-z]+ing\b")
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[A-Za-z0-9] $")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"'`)\]]\s*|\n)\s*$")
_DISCOURSE_AFTER = re.compile(
    r",?\s+(?:for|then|now|let(?:'s|\s+us|\s+me)?|what|where|why|how|who|look|listen)\b",
    re.IGNORECASE,
)
"""After "Now" opening a sentence, the words of a turn in the talk, not of a time:
"Now for the weather", "Now then", "Now, let us see", "Now, what happens next?"."""
_NOW_IS_BEFORE = re.compile(r"\b(?:today\s+is|it\s+is|it's|this\s+is)\s+$", re.IGNORECASE)
_HOURS_IDIOM_BEFORE = re.compile(r"\b(?:early|small|wee)\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(
    rf"\s+(?:(?:last|this|next|on|in|at|since)\s+)?(?:(?:{alternation(MONTHS)})\b|"
    rf"(?:{alternation(WEEKDAYS)})\b|yesterday\b|today\b|tonight\b|(?:1[0-9]|20)\d\d\b)",
    re.IGNORECASE,
)


def span_start(rule: str, m: re.Match[str], text: str) -> int:
    """Where the TIMEX3 span begins: prepositions and focus adverbs the rule read stay out.

    TimeML leaves prepositions ("within a week", "in the past", "for now"), focus
    adverbs ("only five hours", "just last month"), "about"/"almost" and the
    relative adverbs "earlier"/"later" before a day ("earlier Friday") outside the
    span; the rules match them to read the value. "Earlier this year" is one
    expression (a part of the year). A count-unit or quarter used as an adjective
    ("a two-year contract", "the third-quarter results") leaves out the noun's
    determiner.
    """
    start = m.start()
    lead = _LEAD_OUT.match(text, start, m.end())
    if lead and lead.end() < m.end():
        start = lead.end()
    if rule == "duration" and m.group("det") and _adjectival(m):
        start = max(start, m.start("num"))
    if rule == "quarter" and m.string[m.end("ord") : m.end("ord") + 1] == "-":
        det = _DETERMINER.match(text, start, m.end())  # "the third-quarter results"
        start = det.end() if det else start
    return start


def _adjectival(m: re.Match[str]) -> bool:
    num = (m.group("num") or "").lower()
    between = m.string[m.end("num") : m.start("unit")]
    if "-" in between:
        return True
    singular = not m.string[m.end("unit") : m.end("unit") + 1].lower().startswith("s")
    return singular and num not in ("a", "an", "one") and m.group("det").lower() != "the"


def not_a_timex(rule: str, m: re.Match[str], text: str) -> bool:
    """Whether a match is a title, an idiom or a generic use rather than a time."""
    unit = m.groupdict().get("unit") or ""
    if rule in ("duration", "rel_unit") and unit[:1].isupper() and not unit.isupper():
        return True  # "60 Minutes", ABC's "This Week": a capitalised unit is a title
    if rule == "deictic":
        if m.group(0)[:1].isupper() and _WORD_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            return True  # "This is VOA Today": capitalised after a word, a name
        return bool(_GENERIC_AFTER.match(text, m.end()))  # "today's youth": the present era
    if rule == "clock" and m.group("noon"):
        return bool(_HIGH_BEFORE.search(text, max(0, m.start() - 8), m.start()))  # "high noon"
    if rule == "ref":
        return _generic_ref(m, text)
    if rule == "bare_units" and unit.lower() == "hour":
        return bool(_HOURS_IDIOM_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    if rule == "nth_day":  # only "today is the eighth day of ...": the day it is now
        return not _NOW_IS_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if rule == "year" and not m.group("mod2") and _in_name(m, text):
        return True  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
    if rule == "anaphor_day" and m.group("rel2"):
        # "later in the day before returning home": "before" opens a clause about an
        # event, so "the day before" is not a day before some date.
        in_before = _IN_BEFORE.search(text, max(0, m.start() - 8), m.start())
        return bool(in_before or _GERUND_AFTER.match(text, m.end()))
    if rule == "day_part":
        # "the night of Friday, Oct. 23": the date that follows is the timex
        return bool(_OF_DATE_AFTER.match(text, m.end()))
    return False


def _in_name(m: re.Match[str], text: str) -> bool:
    """A bare year between two capitalised words, the first not opening a sentence."""
    before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None or before.group("word").lower() in _NOT_NAMES:
        return False
    return bool(_CAPITAL_AFTER.match(text, m.end()))


def _generic_ref(m: re.Match[str], text: str) -> bool:
    word = m.group(0)
    if word == "Now":
        # "Now for the weather", "Now, what next?": a discourse marker opening a sentence.
        # "Now, the toll is 41" and "Now, he says, the West has no edge" keep their time:
        # the clause after the comma says what holds at present.
        opening = _SENTENCE_OPEN.search(text, max(0, m.start() - 3), m.start())
        return bool(opening and _DISCOURSE_AFTER.match(text, m.end()))
    if word.lower() in ("recently", "lately"):
        return bool(_DATE_AFTER.match(text, m.end()))  # "most recently last October"
    return False
