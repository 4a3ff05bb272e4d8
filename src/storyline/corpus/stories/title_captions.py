"""Shapes of a photo caption, read where a story title is chosen.

A flattened page keeps the caption of its picture next to the headline and the lead: a
"Month day:" opener, "is seen", "(pictured)", "In this photo", a present-tense scene set
on a day ("A family walks through the rubble on Friday"). Such a line describes a picture,
not what happened; titles.py passes it over as a title. Only shapes are read, never names.
Split from titles.py, which chooses the title.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import MONTH_PATTERN

__all__ = ["CAPTION_MARK", "is_caption", "is_scene"]

_MONTH = MONTH_PATTERN
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_CAPTION = re.compile(
    rf"^{_MONTH}\s+\d{{1,2}}\s*:"  # a dated caption: "May 2: Crews ..."
    r"|\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\b(?!\s+(?:as|to)\b)"
    r"|(?:\(|-LRB-)\s*(?:pictured|left|right|centre|center|top|bottom|inset|file)\s*(?:\)|-RRB-)"
    r"|(?:\(|-LRB-)\s*(?:(?:\d(?:st|nd|rd|th)|second|third)\s+(?:L|R|C)|L|C|L-R|R-L)\s*(?:\)|-RRB-)"
    r"|,\s*(?:(?:second|third)\s+)?(?:left|right|centre|center)\s*,"
    r"|^In\s+(?:this|these|an?)\s+(?:\w+\s+){0,2}?(?:photos?|images?|pictures?|video|frame|still)\b"
    r"|,?\s\bin\s+(?:this|these)\s+(?:[\w,]+\s+){0,6}?(?:handout\s+|file\s+)?"
    r"(?:photo(?:graph)?s?|images?|pictures?)(?![-\w])"
    r"|\b(?:photo|image|picture|video|frame)\b[^.]{0,80}?\bshows\b"
    r"|\bposes?\b\s+(?:for|with|in|at|on|during|beside|next)\b",
)
"""Shapes of a photo caption: a "Month day:" opener, "is seen", "(pictured)",
"second left", "(L)" or "(2nd R)" after a name (a lone "(R)" is as often a party), "In this
photo", "... in this May 2, 2010, handout photograph", "image ... shows", "poses for"."""
CAPTION_MARK = re.compile(
    rf",\s*(?:{_WEEKDAY}\s*,\s*)?{_MONTH}\s+\d{{1,2}}\s*,\s*\d{{4}}\s*(?:,|\.|$|\s+in\b)"
    r"|(?:\(|-LRB-)\s*(?i:courte\w*|photo(?:graph)?s?|pictures?|images?)\s+(?i:of|by|from)\s+[A-Z]",
)
"""A caption's date with its year set off by commas (", Friday, May 3, 2010, in ..."; a report
says "on Friday") or its credit ("(Courtesy of Ann Lee)", "(Photo by ...)"): read on the raw
sentence too, as cleaning cuts a date stamp run in after a headline."""
_PRESENT_SCENE = re.compile(
    r"^(?:An?|The|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?!(?:is|has|was|says|does|goes)\b)[a-z]+[^s\W]s\s+"
    r"(?:through|across|along|past|at|in|on|near|outside|inside|during|with|up|down|by|"
    r"among|over|under|beside|behind|into|onto|a|an|the|his|her|their)\b"
)
_TIME_ANCHOR = re.compile(rf"\bon\s+(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}})\b")
_PAST_OR_REPORTED = re.compile(
    r"\b(?:said|says|told|was|were|had|did|will|would|has|have|could|may|might|"
    r"reported|announced|added|warned|wrote|found|according)\b"
)
_AS_THEY_SCENE = re.compile(
    r"\bas\s+(?:they|he|she)\s+"
    r"(?!(?:were|was|had|did|said|would|could|will|have|has|are|is)\b)[a-z]+(?<!ed)\b"
)
"""A present-tense scene set on a day ("A family walks through the rubble on
Friday", "Fighters wave flags as they drive on May 2, 2012 in ...") describes a
picture; a sentence that reports or narrates does not (a plural subject read as a
verb, "Toxic chemicals at depth spread ..., researchers reported on Tuesday", is told
by its reporting verb)."""


def is_caption(text: str) -> bool:
    """Whether `text` reads as a photo caption rather than a headline or a news sentence."""
    text = " ".join(text.split())
    return bool(_CAPTION.search(text) or CAPTION_MARK.search(text)) or is_scene(text)


def is_scene(text: str) -> bool:
    """Whether `text` is a present-tense scene set on a day: a picture described."""
    return bool(
        (_PRESENT_SCENE.search(text) or _AS_THEY_SCENE.search(text))
        and _TIME_ANCHOR.search(text)
        and not _PAST_OR_REPORTED.search(text)
    )
