"""Numbers a sentence holds that are no reported figure: a person's age, a degree of
certainty written as a percentage, the number in a name ("FTSE 100"), the size of a
person's family ("a mother of three"), the terms of a ratio ("one in three", "four deaths
in every 1,000 people").

The claims stage drops these before parsing; they are kept apart from it because each is a
small reading of the text around one number, tested on its own.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.analyze.claims.numbers import NumberMatch
from storyline.analyze.time.lexicon import MONTHS, WEEKDAYS

__all__ = [
    "attempted_killing",
    "earlier_record",
    "is_age",
    "is_degree_percent",
    "is_family_size",
    "is_name_number",
    "is_ratio_term",
]

_BARE_DIGITS = re.compile(r"\d[\d,.]*")
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY"})
_SENTENCE_END = frozenset(".!?:;\"'`")

_DAY_WORD = "|".join(sorted((*WEEKDAYS, *MONTHS), key=len, reverse=True))
_WHEN_DIED = (
    rf"(?:\s+(?:on\s+|last\s+)?(?:today|yesterday|(?:{_DAY_WORD})\.?(?:\s+\d{{1,2}})?"
    r"(?:\s*,\s*\d{4})?)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+(?:at\s+)?(?:home|(?:his|her|their)\s+home|in\s+hospital))?(?:\s*,)?"
)
"""What may stand between "died" and "at 91": the day ("died Thursday at 91", "died on May
3 at 91") and where ("died at home at 91"); not after "dead" ("the number of dead Sunday at
16" is a toll), nor "dead" as a noun ("put the number of dead at 45", "the dead at 12")."""
_AGE_BEFORE = re.compile(
    rf"(?i)(?:\bage[sd]?(?:\s+of)?|\b(?:(?:die[sd]?|dying){_WHEN_DIED}|(?<!of )(?<!the )dead"
    r"|death)\s+at(?:\s+the\s+age\s+of)?)(?:\s+\d{1,3}\s+and)?\s*$"
)
_BOTH_BEFORE = re.compile(r"(?i)\bboth\s*$")


def is_age(text: str, person_ends: frozenset[int], n: NumberMatch) -> bool:
    """A person's age: "aged 63", "died at 63", "died Tuesday at 63", "both 51" (of two
    people), or a bare number set off by commas right after a name ("Sarah Shourd, 32, was
    detained")."""
    if n.money or n.percent or n.qualifier != "exact":
        return False
    if _AGE_BEFORE.search(text, max(0, n.start - 60), n.start):
        return True
    if (
        n.value != 2
        and _BOTH_BEFORE.search(text, max(0, n.start - 8), n.start)
        and text[n.end : n.end + 2].lstrip().startswith(",")
    ):
        return True  # "the two officers , both 51 , died": "both" is two, so 51 is what each is
    if not _BARE_DIGITS.fullmatch(text, n.number_start, n.end):
        return False
    before = text[max(0, n.start - 3) : n.start].rstrip()
    after = text[n.end : n.end + 2].lstrip()
    if not before.endswith(",") or not after.startswith(","):
        return False
    comma = text.rfind(",", 0, n.start)
    return comma in person_ends or comma - 1 in person_ends


_PARENT_OF_BEFORE = re.compile(
    r"(?i)\b(?:(?:step|grand|great-grand)?(?:mother|father|parent|mom|mum|dad)s?)\s+"
    r"(?:of|to)\s+(?:(?:his|her|their)\s+)?$"
)
"""What makes the number after it the size of someone's family ("a mother of three", "a
father to two boys")."""
_FAMILY_AFTER = re.compile(
    r"(?i)\s*(?:(?:(?:young|small|little|grown|adult|teenage|teen|infant)\s+)?(?:children|"
    r"kids|sons?|daughters?|boys?|girls?|grandchildren|stepchildren|babies|toddlers)\b"
    r"|[,.;:)]|-RRB-|\s*$|(?:and|who|was|is|were|had|has|died)\b)"
)
"""What may follow a family's size: the children it counts, or no noun at all ("a mother of
three, was killed"). "The parents of 12 victims" counts victims, not a family."""


def is_family_size(text: str, n: NumberMatch) -> bool:
    """The number of someone's children ("Ana Velt, a mother of three, was killed", "the
    father to two boys died"): who the person is, never a count of the story's dead."""
    if n.money or n.percent or n.qualifier != "exact":
        return False
    if _PARENT_OF_BEFORE.search(text, max(0, n.start - 40), n.start) is None:
        return False
    return _FAMILY_AFTER.match(text, n.end) is not None


_ATTEMPT_BEFORE = re.compile(
    r"(?i)\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|plott(?:ed|ing)|plots?|"
    r"conspir(?:e|es|ed|ing|acy))\s+(?:to\s+)?(?:murder|kill|assassinate)(?:s|ed|ing)?\s+"
    r"(?:of\s+)?(?:(?:at\s+least|as\s+many\s+as|up\s+to|more\s+than|some|about|nearly|"
    r"another|the|his|her|their)\s+)*$"
)
"""A killing only tried or plotted ("charged with attempting to murder at least three
people", "attempted murder of four people", "plotted to kill two guards"): those counted
were not killed."""


def attempted_killing(text: str, start: int, floor: int) -> bool:
    """Whether the number at `start` counts whom someone tried or plotted to kill
    (`_ATTEMPT_BEFORE`), read back to `floor` (its sentence's start)."""
    return _ATTEMPT_BEFORE.search(text, max(floor, start - 80), start) is not None


_EARLIER_RECORD = re.compile(r"(?i)^\S+(?:\s+\S+)*?\s+(?:prior|previous)\s+\w")
"""A count of someone's record ("four prior arrests", "two previous convictions"): events
before the story's, never its count."""


def earlier_record(claim_text: str) -> bool:
    """Whether a claim's words say it counts earlier events of a record (`_EARLIER_RECORD`)."""
    return _EARLIER_RECORD.match(claim_text) is not None


def is_degree_percent(doc: Any, n: NumberMatch) -> bool:
    """ "100 percent sure", "a hundred per cent behind him": a degree, not a figure.

    Only a whole hundred percent, and only before a plain adjective, an adverb or a
    participle that no noun follows; "5% higher" (a comparative), "100% of the shares" and "rose 100
    percent in two years" stay figures."""
    if not n.percent or n.value != 100:
        return False
    span = doc.char_span(n.number_start, n.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.tag_ not in ("JJ", "RB", "VBN"):
        return False
    # "100 percent last year": the adjective belongs to a noun after it, not to the figure
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return nxt is None or not nxt.tag_.startswith(("NN", "JJ", "CD"))


def is_name_number(doc: Any, text: str, n: NumberMatch) -> bool:
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


_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)"
_RATIO_BEFORE = re.compile(
    rf"(?i)(?:\b(?:in|for|out\s+of|of)\s+every|\bper|\b{_SMALL_WORD}\s+in)\s+$"
)
"""What stands before a ratio's second term: "in every 1,000", "per 100,000", "one in three"."""
_RATIO_AFTER = re.compile(
    rf"(?i)\s+(?:(?:[a-z-]+\s+){{0,2}}(?:in|for|out\s+of)\s+every|in)\s+{_SMALL_WORD}\b"
)
"""What follows a ratio's first term: "four deaths in every 1,000", "one in three"."""
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def is_ratio_term(text: str, n: NumberMatch) -> bool:
    """Either term of a ratio: "one in three adults", "four deaths in every 1,000 people
    infected", "12 cases per 100,000". A rate says how often, not how many: neither term
    is a count of the story ("1,000 people" there were never infected). "12 killed in 3
    attacks" is no ratio (a noun between needs "every"), nor is "3 in 2010" (a year)."""
    if n.money or n.percent:
        return False
    if _RATIO_BEFORE.search(text, max(0, n.start - 40), n.start):
        return True
    after = _RATIO_AFTER.match(text, n.end)
    return after is not None and not _YEAR.fullmatch(after.group(0).split()[-1])
