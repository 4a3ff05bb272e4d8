"""Where a page's furniture breaks into a quote's words, and lines that only look like one.

A news page runs its parts together when it is flattened to text: a headline's bullet
points, then the dateline that opens the story ("\\* Leader has vowed to fight on
BENGHAZI , Libya , March 8 -LRB- Reuters -RRB- - A envoy offered ..."), or a picture's
caption glued to the lead. The sentence splitter often finds no break there, so a
quote's words run from the headline into the dateline. Four readings of the page's
shape, with generic English and news conventions only (month and weekday names from
`text.calendar_names`):

- `after_furniture`: a sentence's words, for the parser, start after the dateline or
  the page's date-and-time stamp that opens it ("VELBURG (AP) — ");
- `words_end`: a quote's words end before a dateline (a place in capitals, then a date
  or one capitalised word in brackets, the agency) or a bullet, which open a new part
  of the page, unless the quote's own marks still enclose it;
- `words_start`: a quote's words start after a dateline that opens them ("NEW YORK ,
  June 24 -- The greatest fear ...");
- `standfirst`: a colon line opening the text whose words carry no quotation mark and
  open by describing the label itself ("Al-Jazeera : the broadcaster has fallen foul of
  ...") is a caption or a standfirst, not words the label says; a headline quoting
  someone speaks of something else ("Ruiz : No deal without the port", "Ruiz : harbour
  talks will fail", "Ruiz : ` We will win '").
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.speaking_nouns import BODY_NOUNS, PERSON_NOUNS, singular
from storyline.text.calendar_names import MONTH_PATTERN, WEEKDAY_PATTERN

__all__ = [
    "after_furniture",
    "headline_term",
    "page_label",
    "standfirst",
    "words_end",
    "words_start",
]

_BRACKETED = r"(?:\(|-LRB-)\s*[A-Z][A-Za-z]+\s*(?:\)|-RRB-)"
"""One capitalised word in brackets after a place: the news agency or outlet filing the
story ("-LRB- Reuters -RRB-"), whichever it is."""
_PLACE = r"[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+){0,3}"
_DATELINE = re.compile(
    rf"(?<![A-Z.'-])\s({_PLACE})\s*(?:(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){{0,2}}\s*)?"
    rf"(?:,\s*{MONTH_PATTERN}\s+\d{{1,2}}\b|{_BRACKETED})|\|\s*{WEEKDAY_PATTERN}\s)"
)
"""A dateline inside running text: a place in capitals (not the end of a run of them),
maybe its country or state, then a date ("BENGHAZI , Libya , March 8") or an agency in
brackets ("TRIPOLI -LRB- Reuters -RRB-"), or a page's place-and-time stamp ("TRIPOLI | Sun
Jun 19 , 2011")."""
_BULLET = re.compile(r"\s(?:\\\*|\*|•)\s")
"""A list's bullet (a tokenised "\\*", "*" or "•"): the next item of a headline's list."""


_REACH = 80
"""How far past a span's end a dateline that starts inside it is read: the sentence
splitter may cut between the place and its date ("... leave Osk VELBURG" | ", Osk ,
March 8")."""


def words_end(text: str, start: int, end: int) -> int:
    """Where the words of a quote at text[start:end] end: before the first dateline or
    bullet that starts inside them (see the module's note), else at `end`. One at the very
    start leaves the span as it is."""
    cut = end
    for pattern, reach in ((_DATELINE, _REACH), (_BULLET, 3)):
        m = pattern.search(text, start, min(len(text), end + reach))
        if m is not None and start < m.start() < end and not _enclosed(text, start, m.start(), end):
            cut = min(cut, m.start())
    return cut


_OPENERS = ("``", "“")
_CLOSERS = ("''", "”")


def _enclosed(text: str, start: int, at: int, end: int) -> bool:
    """Whether offset `at` lies inside a quotation the span text[start:end] opens before it
    and closes after it: what stands there ("5 * 3 percent", "out of VELBURG , March 8
    was ...") is the quote's own words, not the page's furniture."""
    head, tail = text[start:at], text[at:end]
    if head.count('"') % 2 == 1 and '"' in tail:
        return True
    opened = sum(head.count(o) for o in _OPENERS) > sum(head.count(c) for c in _CLOSERS)
    return opened and any(c in tail for c in _CLOSERS)


_OPENING_DATELINE = re.compile(
    rf"({_PLACE})\s*(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){{0,2}}\s*)?"
    rf"(?:,\s*{MONTH_PATTERN}\s+\d{{1,2}}\s*|{_BRACKETED}\s*)"
    r"(?:--?|—|–)\s+"
)
"""A dateline opening a span, up to its dash ("NEW YORK , June 24 -- ")."""


def words_start(text: str, start: int, end: int) -> int:
    """Where the words of a quote at text[start:end] start: after a dateline that opens
    them ("NEW YORK , June 24 -- The greatest fear ..."), else at `start`."""
    m = _OPENING_DATELINE.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


_TOP_LINES = 1

MAX_TERM_WORDS = 4
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*")


_SENTENCE_WORDS: frozenset[str] = vocab(
    "i we you he she they it my our your me us is are was were will can must am not don't "
    "won't can't do did have has"
)
"""Pronouns, auxiliaries and negation: words of a clause someone says, which a nickname
or a title in marks ("Harbour Queen") does not hold."""


def headline_term(text: str, start: int, end: int) -> bool:
    """Whether the words text[start:end] after a label's colon are a term in marks inside a
    title-cased headline ('Ana Ruiz : "Harbour Queen" Singer Dies Aged 91'): at most
    `MAX_TERM_WORDS` capitalised words in marks, and the headline running on after the
    closing mark in capitalised words of its own. The marks set apart a nickname or a
    title the headline uses; the one the label names did not say it. A clause in marks
    (`_SENTENCE_WORDS`: 'Ana Ruiz : "We Will Rebuild" After Flood') is the label's words."""
    inner = text[start:end].strip(" \t`'\"“”‘’")
    words = inner.split()
    if not words or len(words) > MAX_TERM_WORDS or text[start:end] == inner:
        return False
    if not all(_TITLE_WORD.fullmatch(w) for w in words):
        return False
    if any(w.casefold() in _SENTENCE_WORDS for w in words):
        return False  # 'Ana Ruiz : "We Will Rebuild" After Flood': a clause, said by her
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)].split()
    return len(rest) >= 2 and all(_TITLE_WORD.fullmatch(w) for w in rest[:2])


_PAGE_LABELS: frozenset[str] = frozenset(
    {
        "breaking",
        "breaking news",
        "published",
        "updated",
        "last updated",
        "posted",
        "first published",
        "exclusive",
        "update",
        "developing",
        "developing story",
        "just in",
    }
)
"""Labels of a page's furniture before a colon: a headline's kicker ("Breaking : man
charged ...") or a time stamp ("PUBLISHED : 22 : 07 GMT , ..."). Nobody speaks there."""
_ADDRESS_WORDS: frozenset[str] = vocab("hey dear yo oh attention memo note")
"""Words that open a label addressing someone ("Hey , Ana Ruiz : Hire a Driver !", "Dear
Mayor Ruiz :", "Memo to Ana Ruiz :"): the line speaks to them, in the writer's voice."""


def page_label(text: str, colon: int) -> bool:
    """Whether the label before the colon at `colon` (from the start of its line) is the
    page's furniture (`_PAGE_LABELS`, in any case) or addresses someone (`_ADDRESS_WORDS`
    opening it): what follows the colon is a headline or a stamp, not the label's words."""
    line_start = text.rfind("\n", 0, colon) + 1
    label = " ".join(text[line_start:colon].split()).casefold()
    if label in _PAGE_LABELS:
        return True
    first = re.match(r"[a-z]+", label)
    return first is not None and first.group() in _ADDRESS_WORDS and len(label.split()) > 1


def standfirst(text: str, colon: int, words_start: int, person: bool | None = None) -> bool:
    """Whether a colon attribution (its colon at `colon`, its words from `words_start`)
    is a caption or standfirst at the top of the text: on the first line, with no quotation
    mark, words that open by describing the label itself ("Harbour Radio : the broadcaster
    has fallen foul of ...", "Ana Ruiz : The veteran singer returns ..."): "the" (the
    label, named again) and a noun of the label's kind, a person's for a person
    (`person` True), a body's for anything else (False), either when unknown (None).
    A headline that reports the label's words speaks of something else ("Marta Quill :
    harbour talks will fail", "Marta Quill : The government has failed our farmers": a
    body is no person; "Tom Hale : A minister lied ...": "a" brings in somebody new)."""
    if text[:colon].count("\n") >= _TOP_LINES:
        return False
    line_end = text.find("\n", words_start)
    line = text[words_start : line_end if line_end >= 0 else len(text)]
    if any(mark in line for mark in ("``", '"', "“", "‘")):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)[:4]
    if len(words) < 2 or words[0].lower() != "the":
        return False
    kinds = PERSON_NOUNS if person else BODY_NOUNS
    if person is None:
        kinds = PERSON_NOUNS | BODY_NOUNS
    return any(singular(w.lower()) in kinds for w in words[1:])


_LEAD_DATELINE = re.compile(r"[A-Z]{2}[A-Z.,' ]{0,40}(?:\([A-Za-z ]{1,20}\))?\s*(?:—|–|--?)\s+")
"""A dateline ("WASHINGTON (AP) — ", "OSK — "): the parser would take the city for the
subject. A place in lower case is one by its agency in brackets (`_AGENCY_DATELINE`)."""
_AGENCY_DATELINE = re.compile(
    r"(?:[^\n]{0,160}?(?:\(|-LRB-)\s*)?[A-Z][A-Za-z]{1,15}\s*(?:\)|-RRB-)\s*(?:—|–|--?)\s+"
)
"""A dateline with the agency in brackets, tokenised or not, after a page's place and time
stamp ("TRIPOLI | Wed Mar 2 , 2011 8:17 am EST TRIPOLI -LRB- Reuters -RRB- - "), or its
closing half when the sentence splitter broke at the bracket ("Reuters -RRB- - ")."""
_STAMP = re.compile(
    r"\s*(?:[A-Z][a-z]+day\s*,\s*)?[A-Z][a-z]+\.?\s+\d{1,2}\s*,\s*\d{4}\s*[;,]?\s*"
    r"\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?\s+"
)
"""A page's date-and-time stamp run into the first sentence ("Wednesday , May 26 , 2010 ;
4:16 PM Members of Congress ... criticized"): the time is no part of the subject."""


def after_furniture(text: str, start: int, end: int) -> int:
    """Where the words of the sentence at text[start:end] start for the parser: after a
    dateline or a page's stamp that opens it (`_LEAD_DATELINE`, `_AGENCY_DATELINE`,
    `_STAMP`), else at `start`."""
    m = (
        _LEAD_DATELINE.match(text, start, end)
        or _AGENCY_DATELINE.match(text, start, end)
        or _STAMP.match(text, start, end)
    )
    return m.end() if m else start
