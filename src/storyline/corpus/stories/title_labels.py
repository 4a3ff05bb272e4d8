"""Lines a page sets around a story that name a section, a broadcast or a list entry.

A flattened page keeps the label of the section it sits in ("Features", "In pictures",
"Analysis The long wait ..."), the credit of a broadcast report ("Ana Ruiz reports from
Port Elm") and, on a roundup or factbox page, a list of dated one-line entries ("May 2 -
The board votes ..."). None of them is the story's headline: a label names where the page
sits, a credit who filmed it, an entry one item of a list. So is the page speaking (a share
widget, a call to readers, an author's bio). titles.py passes them over as titles; only
shapes and the words pages use for their own parts are read, never names.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import ENTRY_DATE_PATTERN

__all__ = [
    "is_broadcast_credit",
    "is_dated_entry",
    "is_page_speaking",
    "is_place_label",
    "is_section_label",
    "strip_dated_entry",
    "strip_section_label",
]

_SECTION = (
    r"(?:In\s+(?:pictures|photos|images|depth|full|brief|video|numbers|quotes)|Features?|"
    r"Analysis|Comment(?:ary)?|Opinion|Editorial|Blogs?|Live|Video|Audio|Gallery|Photos|"
    r"Pictures|Slideshow|Factbox|Fact\s*box|Timeline|Explainer|Profile|Obituary|Interview|"
    r"Review|Q\s*&\s*A|Briefing|Latest|Top\s+stories|Most\s+(?:read|popular|viewed)|"
    r"Related|Letters|Special\s+report|Key\s+facts|Background(?:er)?)"
)
"""Words a page names its own sections with ("In pictures", "Analysis"): English words
for parts of a news page, not names of outlets."""
_LABEL_LINE = re.compile(rf"^\W*{_SECTION}\W*$", re.IGNORECASE)
_LABEL_SLUG = re.compile(
    rf"^(?:{_SECTION})\s*(?:-|–|—|:|\|)\s*(?=[A-Z\"“‘`'])|^(?:FACTBOX|TIMELINE|FACTBOX\s*\|)\s*-\s*"
)
"""A label set as a slug in front of the headline ("FACTBOX-Key facts about ...",
"Analysis - Why the quay matters")."""
_RUN_IN_LABEL = re.compile(
    rf"^(?:{_SECTION})\s+(?=(?:The|A|An|How|Why|What|Who|When|Where|Inside|Meet)\s+[a-z])"
    r"|^[A-Z][a-z]+\s+(?=(?:What|How|Why|Who|Where|When|Is|Are|Can|Will|Should|Do|Does|Did)"
    r"\s+[a-z][^.!]*\?\W*$)"
)
"""A section label run into the headline with no mark between ("Analysis The long wait
...", "Studios What would a world ... look like?"): a sentence-opening word ("The", "How")
after a first word says a new sentence starts there; a question that opens on its second
word had a label before it."""
_BROADCAST_CREDIT = re.compile(
    r"^\W*(?:(?:The\s+)?[A-Z][\w.&'’-]*\s*(?:['’]\s*s)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*\s*,\s*(?:[A-Z][\w'’-]*\s+){1,2})?"
    r"(?:reports?|is\s+reporting|has\s+(?:this|the)\s+report)\s+from\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s*,?\s+[A-Z][\w'’-]*){0,3}\s*[.!]?\W*$"
)
"""A name, maybe after the outlet's possessive, "reports from" and a place, and nothing
more: a broadcast report's credit. "Inquiry reports on ...", "Official reports from Port Elm
say ..." are news and do not match."""
_MAX_CREDIT_WORDS = 20
"""A broadcast credit is one short line; a longer text is a sentence of a report."""
_DATED_ENTRY = re.compile(rf"^\W*{ENTRY_DATE_PATTERN}\s*(?:-|–|—|:)\s+(?=[A-Z\"“‘`'])")
"""A date and a dash or colon opening a line ("May 2 - The board votes ...", "2 May: ..."):
an entry of a dated list, or a clip's date on a video page."""
_DASHED_DATE = re.compile(rf"^\W*{ENTRY_DATE_PATTERN}\s*(?:-|–|—)\s+(?=[A-Z\"“‘`'])")
"""The same with a dash: cut from a title. A date and a colon stay, as a caption opens so
("May 2: Crews ...", see title_captions)."""


_PLACE_LABEL = re.compile(
    r"^\W*(?:On|In|At|Inside|Behind|Along|Across|Beyond|Among|From|Aboard)\s+"
    r"(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?:\s+(?:in|of|at|on|near)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?)?\W*$"
)
"""A gallery's or a clip's label naming only where it was filmed ("On the frontlines in
Port Elm", "Inside the quarantine ward"): a preposition, a common noun and maybe a place,
and nothing that happened. A headline says what happened, so such a label yields to any
clean line after it."""


def is_place_label(text: str) -> bool:
    """Whether `text` is a clip's or a gallery's label naming only a place ("On the
    frontlines in Port Elm")."""
    return bool(_PLACE_LABEL.match(" ".join(text.split())))


def is_section_label(text: str) -> bool:
    """Whether `text` is a section label alone ("In pictures", "Features")."""
    return bool(_LABEL_LINE.match(" ".join(text.split())))


def strip_section_label(text: str) -> str:
    """`text` without a section label or slug in front of its headline."""
    for pattern in (_LABEL_SLUG, _RUN_IN_LABEL):
        text = pattern.sub("", text, count=1)
    return text


def is_broadcast_credit(text: str) -> bool:
    """Whether `text` credits a broadcast report ("Ana Ruiz reports from Port Elm", "The
    Newsnet's Ana Ruiz reports from Port Elm."): who filmed the clip, not what happened."""
    flat = " ".join(text.split())
    return len(flat.split()) <= _MAX_CREDIT_WORDS and _BROADCAST_CREDIT.match(flat) is not None


def is_dated_entry(text: str) -> bool:
    """Whether `text` opens as an entry of a dated list ("May 2 - The board votes ...")."""
    return _DATED_ENTRY.match(" ".join(text.split())) is not None


def strip_dated_entry(text: str) -> str:
    """`text` without the date and dash of a dated entry in front ("Mar 1 - ...")."""
    return _DASHED_DATE.sub("", text, count=1)


_SHARE_PROMPT = re.compile(
    r"^\W*(?:copy|paste|embed)\s+(?:the|this)\s+(?:url|link|code)\b", re.IGNORECASE
)
"""A share widget's instruction ("Copy the link and paste it ..."): page furniture."""
_READER_PROMPT = re.compile(
    r"\b(?:comments?|suggestions?|feedback|criticisms?|thoughts)\b[^.!]*\?\s*$"
    r"|\b(?:send|e-?mail|write\s+to|contact)\s+us\b|\bhave\s+your\s+say\b"
    r"|\byour\s+(?:web\s+)?browser\b|\b(?:enable|turn\s+on)\s+(?:javascript|cookies)\b"
    r"|\b(?:from|before)\s+(?:commenting|posting\s+a\s+comment)\b|\b(?:log|sign)\s*in\s+to\s+comment\b",
    re.IGNORECASE,
)
"""A question or an invitation to readers ("Thoughts or comments about our chats?", "Send us
an e-mail"), or the page speaking of the reader's browser or of commenting ("Your browser's
settings may be keeping you from commenting"): the page, not a headline."""
_BIO = re.compile(
    r"\b[A-Z][\w'’-]+\s+is\s+(?:an?\s+|the\s+)?(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){0,2}?"
    r"(?i:editor|columnist|writer|correspondent|contributor|commentator|author|blogger)s?"
    r"(?:\s+(?:of|at|for|with|and|on)\b|\s*,|\s*\.\s*$)"
)
"""An author's bio ("Ann Lee is editor of the Harbour Review, ...") set above or below an
opinion piece: it says who wrote, not what happened. A participle before the role ("is named
editor of") reports an appointment and is news. The role may be written as a title ("is Global
Editor, Standards"), or end the sentence ("Ann Lee is a Harbour Review columnist.")."""
_DISCLAIMER = re.compile(
    r"\b(?:opinions?|views)\b[^.!?]{0,60}?\b(?:are|is)\s+"
    r"(?:his|her|their|my|the\s+author['’]?s?)\s+own\b",
    re.IGNORECASE,
)
"""The disclaimer under a column ("Any opinions are his own.", "The views expressed are her
own"): the page speaking."""
_TRANSCRIPT_PAGE = re.compile(
    r"\bTRANSCRIPTS?\b|\b\d{1,2}\\?/\d{1,2}\\?/\d{2,4}\b|\b(?i:download)\s+(?:the\s+)?(?:PDF|MP3|podcast)\b"
)
"""A broadcast page's header ("Evening Show - 3/23/11 Download PDF maps ... THIS IS A RUSH
TRANSCRIPT."): a date in slashes (prose writes no such date), a download link, a transcript
notice in capitals."""


def is_page_speaking(text: str) -> bool:
    """Whether `text` is the page speaking: a share widget, a call to readers, an author's
    bio, a column's disclaimer or a broadcast page's header."""
    return bool(
        _SHARE_PROMPT.match(text)
        or _READER_PROMPT.search(text)
        or _BIO.search(text)
        or _DISCLAIMER.search(text)
        or _TRANSCRIPT_PAGE.search(text)
    )
