"""Bylines and time stamps in front of an article's first words.

Pages flattened to text often start with the page header run into the story:
"Jane Roe | 18:00 UK time, Tuesday, 28 April 2009 Experts are ...",
"PARIS | Sun Feb 20, 2011 6:47pm EST PARIS (Agency) - A son of ...",
"By Ann Lee and Bo Park, CNN Rioters in ...". Left there they become the
story's title and a fake speaker. Only the start of the first line is read,
and only shapes are matched (a name or place before "|", "By" and names, a
date or a clock time), never particular names or outlets.
"""

from __future__ import annotations

import re

from storyline.text.calendar_names import MONTH_PATTERN, WEEKDAY_PATTERN

__all__ = [
    "CLOCK_PATTERN",
    "DATE_PATTERN",
    "ENTRY_DATE_PATTERN",
    "MONTH_PATTERN",
    "strip_leading_header",
]

_DAY = WEEKDAY_PATTERN
_MONTH = MONTH_PATTERN
_DAY_NUM = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_DAY_NUM}\s+{_MONTH}\s*,?\s+\d{{4}}|{_MONTH}\s+{_DAY_NUM}\s*,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})"
)
_ZONE = r"(?:UK\s+time|local\s+time|[A-Z]{2,4}(?:[+-]\d{1,2})?)"
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+{_ZONE})?"
DATE_PATTERN = _DATE
"""A written calendar date ("2 June 2009", "Jan 28, 2011", "2011-01-28"), as a regex."""
ENTRY_DATE_PATTERN = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:\s*,\s*\d{{4}})?"
"""The date an entry of a dated list opens with ("May 2", "2 May", "May 2, 2010"), as a regex:
read by the titles (corpus/stories/title_labels) and by pronoun resolution
(analyze/quotes/entries) alike."""
CLOCK_PATTERN = _CLOCK
"""A clock time with an optional am/pm and time zone ("11:26 pm", "18:00 UK time")."""
_STAMP = re.compile(
    rf"(?:(?:{_DAY}\s*,?\s*)?{_DATE}(?:\s*[:,]?\s*(?:at\s+)?{_CLOCK})?"
    rf"|{_CLOCK}\s*,?\s*(?:{_DAY}\s*,?\s*)?{_DATE})"
    r"(?:\s*(?:[|:,]|--?|–|—)(?=\s))?\s+"
    r"(?=[A-Z0-9\"“‘'`(\[]|-LRB-)"
)
"""A time stamp before the first words; a tokenised text's bracket (-LRB-, as a credit
"-LRB- Agency -RRB- -" opens) follows it as "(" does, so the time zone goes with the stamp
("... 9:03 pm GMT -LRB- Agency -RRB- -" left no "GMT" to title the story)."""
_PIPE_LABEL = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\|\s+")
"""A name or a place set before a "|" ("Jane Roe | ", "PARIS | ")."""
_NAME = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(
    rf"By\s+(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:and|&)\s+{_NAME}(?:\s+{_NAME}){{0,3}})*\s*"
)
_BYLINE_ROLE = frozenset(
    [
        "writer",
        "correspondent",
        "reporter",
        "staff",
        "editor",
        "special",
        "senior",
        "business",
        "political",
        "health",
        "science",
        "chief",
        "contributor",
        "columnist",
        "news",
        "producer",
        "wires",
        "wire",
        "associate",
        "deputy",
        "international",
        "national",
        "foreign",
        "diplomatic",
        "economics",
        "environment",
        "to",
    ]
)
_MAX_PASSES = 5


def _byline_tail(line: str, pos: int) -> int:
    """After "By Names": ", CNN", ", BBC News", ", Staff Writer" (upper-case or role words)."""
    m = re.match(r"\s*,\s*", line[pos:])
    if not m:
        return pos
    end = pos + m.end()
    taken = False
    words = [w.group() for w in re.finditer(r"[\w.'’-]+\s*", line[end : end + 200])]
    tokens = [w.strip() for w in words]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.casefold() in _BYLINE_ROLE:
            end, i, taken = end + len(words[i]), i + 1, True
            continue
        # capitalised words ending in a role: "State Desk Producer"
        run = 0
        while i + run < len(tokens) and run < 4 and tokens[i + run][:1].isupper():
            if tokens[i + run].casefold() in _BYLINE_ROLE:
                break
            run += 1
        if run > 0 and i + run < len(tokens) and tokens[i + run].casefold() in _BYLINE_ROLE:
            end, i, taken = end + sum(len(w) for w in words[i : i + run]), i + run, True
            continue
        if not token.isupper():
            break
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        # an upper-case word before a lower-case word is a sentence's subject ("U.S. has")
        if following[:1].islower() and following.casefold() not in _BYLINE_ROLE:
            break
        end, i, taken = end + len(words[i]), i + 1, True
    return end if taken else pos


def _lower_role_end(line: str, pos: int) -> int:
    """Where a run of role words in lower case right after `pos` ends ("correspondent" of
    "By Ann Lee Harbour correspondent"), or `pos` when none follows."""
    end = pos
    for w in re.finditer(r"\s*([\w.'’-]+)", line[pos:]):
        word = w.group(1)
        if not (word[:1].islower() and word.casefold() in _BYLINE_ROLE and word != "to"):
            break
        end = pos + w.end()
    return end


def strip_leading_header(line: str) -> str:
    """`line` without the byline, "Name |" label and time stamps it starts with; "" when the
    whole line is such a header."""
    indent = len(line) - len(line.lstrip())
    rest = line[indent:]
    for _ in range(_MAX_PASSES):
        before = rest
        for pattern in (_STAMP, _PIPE_LABEL):
            m = pattern.match(rest)
            if m:
                rest = rest[m.end() :]
        m = _BYLINE.match(rest)
        if m:
            roles = [
                w.end()
                for w in re.finditer(r"[\w.'’-]+", m.group())
                if w.group()[:1].isupper() and w.group().casefold() in _BYLINE_ROLE
            ]
            # "By the Agency Wire Staff NATO meets ...": a role word ends the names
            if roles and roles[-1] < len(m.group().rstrip()):
                rest = rest[roles[-1] :].lstrip()
                continue
            end = _byline_tail(rest, m.end())
            role_end = _lower_role_end(rest, m.end())
            if role_end > m.end():
                # "By Ann Lee Harbour correspondent, Agency News": the role in lower case
                # after the names, then the outlet; without an outlet only a role begun in
                # capitals ("Science correspondent") ends the byline ("By Friday staff" is
                # a sentence)
                tail = _byline_tail(rest, role_end)
                after = rest[max(tail, role_end) :].lstrip()
                # a place after the outlet (", Harbour Town The port ..."): where it ends
                # is not read, so the byline stays whole
                if (tail > role_end or roles) and not after.startswith(","):
                    rest = after
                    continue
            if end == len(rest) or end > m.end() or re.match(r"\s*\|", rest[m.end() :]):
                rest = re.sub(r"^\s*\|\s*", "", rest[end:])
        if rest == before:
            break
    if rest.strip() and len(rest) == len(line) - indent:
        return line
    return rest.strip() and line[:indent] + rest
