"""The recognition rules: one regular expression per kind of temporal expression.

Every pattern is an alternation of fixed words with bounded optional parts (no
nested unbounded repetition), so matching stays linear in the text length even
on 100k-word inputs. Spans follow TimeML: determiners and modifiers that are
part of the expression ("the past three years", "early next year") are inside,
prepositions ("on Friday", "in 1990") are outside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.analyze.time.lexicon import MONTHS, NUMBER_RE, SEASONS, WEEKDAYS, alternation

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]


_MON_ABBR = alternation(k for k in MONTHS if len(k) <= 4 and k not in ("may", "june", "july"))
_MON_FULL = alternation(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
MON = rf"(?P<mon>(?:{_MON_FULL})\b|(?:{_MON_ABBR})\b\.?)"
MON2 = MON.replace("?P<mon>", "?P<mon2>")
WD = rf"(?P<wd>{alternation(k for k in WEEKDAYS if len(k) > 4)})"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
DAY2 = DAY.replace("?P<day>", "?P<day2>")
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)\b(?![-/.,]\d|%|\s*(?:percent|%))"
MOD = (
    r"(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)"
)
PART = r"(?P<part>morning|afternoon|evening|night)"
UNIT = (
    r"(?P<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|"
    r"centur(?:y|ie)|millenni(?:um|a))"
)
UNITS_WORD = (
    r"(?P<unit>second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))"
)
NUM = rf"(?<![\d,.$])(?P<num>{NUMBER_RE})"
HEDGE = (
    r"(?:(?:about|nearly|almost|some|more\s+than|roughly|at\s+least|less\s+than|up\s+to|"
    r"fewer\s+than|approximately|around|no\s+more\s+than|only|just|barely|at\s+most|"
    r"(?:well\s+)?over(?!\s+the\b)|under(?!\s+the\b)|within(?!\s+the\b))\s+)"
)
DUR_REL = (
    r"(?P<rel>past|last|next|first|coming|previous|following|latest|final|initial|remaining|"
    r"recent|additional|further|other|same|year-earlier|year-ago|prior-year)"
)
ORDQ = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
SEASON = rf"(?P<season>{alternation(SEASONS)})"
DEICTIC = r"(?P<deictic>today|yesterday|tomorrow|tonight)"
CLOCK = (
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b|o'clock)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?"
)
WDATE = rf"(?:{WD}|{DEICTIC}|{MON2}\s+{DAY2})"
# "16:08 UTC", "0800 GMT": a 24-hour clock is only read with its zone, which tells it
# from a score, a ratio or a year.
CLOCK24 = r"(?<![\d:.])(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?P<utc>UTC|GMT)\b"
# A year in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand one".
YEAR_WORDS = (
    r"(?:(?P<c>nineteen|twenty)[- ](?:hundred\s+(?:and\s+)?)?"
    r"(?P<yw>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
    r"|two\s+thousand(?:\s+and)?(?:[- ](?P<y2k>one|two|three|four|five|six|seven|eight|nine|"
    r"ten))?\b)"
)

_SPECS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?\b"),
    ("slash", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)\b"),
    ("mdy", rf"\b(?:{WD},?\s+)?{MON}\s+{DAY}(?:,?\s+{YEAR})?"),
    ("dmy", rf"\b(?:{WD},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MON}(?:,?\s+{YEAR})?"),
    ("month_year", rf"\b(?:{MOD}[- ]?\s*)?{MON}(?:\s+of)?,?\s+{YEAR}"),
    ("month_year_words", rf"\b(?:{MOD}[- ]?\s*)?{MON}(?:\s+of)?,?\s+{YEAR_WORDS}"),
    (
        "month_rel_year",
        rf"\b(?:{MOD}[- ]?\s*)?{MON}(?:\s+of)?,?\s+(?P<yrel>this|last|next)\s+year\b",
    ),
    (
        "month",
        rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|early|late|mid|"
        rf"(?:earlier|later)\s+this|the\s+end\s+of|the\s+beginning\s+of|"
        rf"the\s+middle\s+of)[- ]?\s*)?"
        rf"{MON}(?!\.?\s*\d)",
    ),
    (
        "year",
        rf"(?:\b(?P<mod2>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
        rf"the\s+first\s+half\s+of|the\s+second\s+half\s+of|(?:the\s+)?fiscal(?:\s+year)?|FY|"
        rf"calendar(?:\s+year)?|the\s+year)[- ]?\s*)?(?<![$\d.,])\b{YEAR}",
    ),
    ("year_words", rf"\b(?:the\s+year\s+)?{YEAR_WORDS}"),
    ("year_end", r"\b(?:(?:the|this|last)\s+)?(?P<rel>year[- ]end|year's\s+end)\b"),
    ("year_apos", r"(?<![\w'])'(?P<yy>\d\d)\b(?!s)"),
    (
        "decade",
        r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?"
        r"(?:(?P<dig>1\d\d|20\d)0'?s\b|'(?P<dd>\d)0s\b|(?<=the\s)(?P<bare>[1-9])0s\b|"
        r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
    ),
    (
        "century",
        r"\b(?:the\s+)?(?:(?P<rel>this|last|next|past)|(?P<ord>\d{1,2})(?:st|nd|rd|th)|"
        r"(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
        r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
        r"twentieth|twenty-first))[- ]centur(?:y|ies)\b",
    ),
    (
        "weekday",
        rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|early|late|earlier|later|"
        rf"the\s+(?:previous|preceding|following|next))\s+(?:on\s+)?)?{WD}\b(?:\s+{PART})?(?!s)",
    ),
    ("weekday_set", rf"\b(?:every|each)\s+{WD}(?:\s+{PART})?\b"),
    ("weekday_plural", rf"\b{WD}s?(?:\s+{PART}s|s)\b"),  # "Tuesdays", "Tuesday nights"
    (
        "deictic",
        rf"\b(?:(?P<rel>early|late|earlier|later)\s+)?(?P<before>the\s+day\s+(?:before|after)\s+)?"
        rf"{DEICTIC}\b(?:\s+{PART})?",
    ),
    (
        "day_part",
        r"\b(?:(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the|mid)"
        rf"[- ]?\s*)"
        rf"{PART}\b|\b(?P<over>overnight)\b",
    ),
    (
        "clock",
        rf"\b(?:(?:around|about|approximately)\s+)?(?:{CLOCK}|{CLOCK24}|(?P<noon>noon|midnight|midday)|"
        rf"(?P<h2>1[0-2]|0?[1-9])(?::(?P<m2>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+"
        rf"(?P<dp>morning|afternoon|evening))"
        rf"(?:,?\s+(?:on\s+)?{WDATE}\b)?",
    ),
    # "won in 2:03:38", "a time of 1:02:03.4": hours, minutes and seconds, a race or a
    # recording's length (a clock reading of this form is told apart in the tagger)
    (
        "clock_duration",
        r"(?<![\d:./-])(?P<ch>\d{1,2}):(?P<cm>[0-5]\d):(?P<cs>[0-5]\d)(?:\.(?P<cf>\d{1,3}))?(?![\d:])",
    ),
    (
        "rel_unit",
        r"\b(?:(?P<pre>early|late|earlier|later|(?:at\s+)?the\s+(?:end|beginning|start)\s+of)\s+)?"
        r"(?P<rel>this|last|next|current|the\s+(?:past|previous|coming|following|current|same|next|"
        r"latest|prior)|that(?:\s+same)?|the)\s+(?P<unit>day|week|weekend|month|year|quarter|decade|"
        r"fiscal\s+year|full\s+year|season)\b(?!-)"  # not "the year-ago results"
        # "down from $450 million the year before.": an offset ending the clause
        r"(?:\s+(?P<post>before|earlier|previous|prior)(?=\s*[.,;:!?)\"'`]|\s*$))?",
    ),
    (
        "quarter",
        rf"\b(?:(?P<yrel>this|last|next)\s+year's\s+|(?P<y0>(?:19|20)\d\d)(?:'s)?\s+)?"
        rf"(?:the\s+)?(?:(?:company's|fiscal|calendar|current|latest|comparable|"
        rf"(?P<ago>year-earlier|year-ago|year\s+earlier|prior-year))\s+)*{ORDQ}[- ](?:fiscal\s+)?"
        rf"(?P<qh>quarter|half|two\s+quarters)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y1>(?:19|20)\d\d|this\s+year|"
        rf"last\s+year|next\s+year))?\b",
    ),
    (
        "week_of",
        rf"\bthe\s+(?:week\s+of|(?P<wn>first|second|third|fourth|last|final)\s+week\s+(?:of|in))"
        rf"\s+{MON}(?:\s+{DAY})?(?:,?\s+{YEAR})?",
    ),
    ("quarter_q", r"\bQ(?P<q>[1-4])(?:\s+(?P<y1>(?:19|20)\d\d))?\b"),
    ("year_period", r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:quarter|period)\b"),
    (
        "quarter_ago",
        r"\b(?:the\s+)?(?P<rel>year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|"
        r"comparable|latest|most\s+recent|previous|last)\s+(?P<unit>quarter|period)\b|"
        r"\b(?P<rel2>last|this)\s+year's\s+(?P<unit2>quarter|period)\b|\b(?P<adj>year-earlier|year-ago)\b|"
        r"\bthe\s+(?:same|comparable|corresponding)\s+(?P<unit3>quarter|period|month)\s+"
        r"(?P<back>an?\s+year\s+(?:ago|earlier)|last\s+year|a\s+year\s+before)\b",
    ),
    (
        "season",
        r"\b(?:(?P<rel>last|this\s+past|this|next|early|late|the|mid)[- ]?\s*)?"
        rf"{SEASON}\b(?:\s+(?:of\s+)?(?:{YEAR}|{YEAR_WORDS}))?",
    ),
    (
        "ago",
        rf"\b(?:{HEDGE})?(?:some\s+|only\s+)?{NUM}[- ](?:more\s+)?{UNIT}s?\s+"
        rf"(?P<dir>ago|earlier|later|from\s+now|hence|back|previously)\b",
    ),
    (
        "duration",
        rf"\b(?:{HEDGE})?(?:(?P<det>the|a|an|its|their|each\s+of\s+the|the\s+entire)\s+)?"
        rf"(?:{DUR_REL}\s+)?{NUM}(?:\s+(?:to|or)\s+(?P<num2>{NUMBER_RE}))?[- ]"
        rf"(?:(?P<adj>more|additional|full|straight|consecutive|successive|trading|business|working|"
        rf"long)\s+)?"
        rf"{UNIT}s?\b(?P<half>\s+and\s+a\s+half\b)?(?P<old>-old)?(?:\s+or\s+so)?",
    ),
    (
        "duration_rel",
        rf"\b(?:{HEDGE})?(?:the\s+)?(?P<rel>past|last|next|coming|previous|following|recent|"
        rf"first)\s+(?:(?:few|several|many)\s+)?{UNITS_WORD}s?\b|\b(?:the\s+)?(?P<unit2>day|week|"
        rf"month|year)s\s+ahead\b",
    ),
    (
        "vague_duration",  # "for a while", "for some time", "for a fairly lengthy period"
        r"(?<=\bfor\s)(?:a\s+while|some\s+time|a\s+(?:(?:fairly|very|relatively)\s+)?"
        r"(?:long|lengthy|short|brief|extended|considerable)\s+period(?:\s+of\s+time)?)\b",
    ),
    ("bare_units", r"\b(?P<unit>minute|hour|day|week|month|year|decade|centurie)s\b"),
    ("unit_long", r"\b(?P<unit>minute|hour|day|week|month|year|decade)s?-long\b"),
    ("unit_single", r"\bsingle-(?P<unit>minute|hour|day|week|month|year)\b"),  # "single-day"
    (
        "set",
        r"\b(?:(?P<every>every|each)\s+(?:other\s+)?(?P<unit>second|minute|hour|day|night|week|"
        r"weekend|month|quarter|year|morning|evening|afternoon|season|time)|(?P<adv>daily|weekly|"
        r"monthly|annually|yearly|hourly|quarterly|nightly|biweekly|semiannually|twice\s+a\s+"
        r"(?:day|week|month|year)))\b",
    ),
    ("set_month", rf"\b(?:every|each)\s+{MON}"),
    (
        "ref",
        r"\b(?P<present>now|currently|current|at\s+present|presently|nowadays|these\s+days|"
        r"at\s+the\s+moment|right\s+now|for\s+now)\b|\b(?P<past>recently|lately|"
        r"(?:in\s+)?the\s+past|(?:in\s+)?recent\s+times|former\s+times)\b|\b(?P<future>(?:in\s+)?the\s+(?:near\s+|distant\s+)?future|"
        r"coming\s+quarters|as\s+soon\s+as\s+possible|a\s+later\s+date|"
        r"the\s+(?:near|short|long)\s+term|someday|one\s+day\s+soon)\b",
    ),
    (
        "holiday",
        r"\b(?:(?P<rel>last|this|next)\s+)?(?P<hol>christmas(?:\s+(?:day|eve))?|new\s+year's\s+"
        r"(?:day|eve)|thanksgiving(?:\s+day)?|independence\s+day|halloween|valentine's\s+day|"
        r"labor\s+day|memorial\s+day|election\s+day|veterans\s+day|boxing\s+day|"
        r"easter(?:\s+(?:sunday|monday|week))?|good\s+friday|palm\s+sunday)\b"
        rf"(?:,?\s+{YEAR})?",
    ),
    (
        "nth_day",  # "today is the eighth day of the strike": the day it is
        r"\bthe\s+(?:first|second|third|fourth|"
        r"fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+day\b",
    ),
    (
        "anaphor_day",
        r"\b(?:(?P<rel>the\s+(?:next|following|previous|same|prior)|that(?:\s+same)?)\s+"
        r"(?P<unit>day|morning|night|evening|afternoon)|(?P<rel2>the\s+day\s+(?:before|after)))\b",
    ),
]


def _within_line(pattern: str) -> str:
    """The pattern with its whitespace kept to one line.

    A line break ends a title, a date line or a list item: "closed until Friday" over
    "September 18, 2008" are two expressions, not "Friday, September 18". No TIMEX3
    of TimeBank or AQUAINT spans a line break.
    """
    return pattern.replace(r"\s", r"[^\S\n]")


RULES: tuple[Rule, ...] = tuple(
    Rule(n, re.compile(_within_line(p), re.IGNORECASE)) for n, p in _SPECS
)
"""Earlier rules win ties between candidate spans of the same length."""
