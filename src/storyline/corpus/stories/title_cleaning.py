"""A title candidate's text without the page around it: bylines, datelines, credits, update
labels, bullets and stamps in front, and a byline, quote card, label, stamp or next sentence
run in after the headline.

Apart from titles.py because it is the cleaning every title candidate goes through (and
the story labels reuse), while titles.py decides which candidate titles a story. Only
shapes are read, never names or outlets.
"""

from __future__ import annotations

import re

from storyline.corpus.stories.title_furniture import (
    cut_run_in_header,
    strip_lead_dash,
    strip_page_header,
)
from storyline.corpus.stories.title_labels import strip_dated_entry, strip_section_label
from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN, strip_leading_header
from storyline.ingest.notices import PICTURE_CREDIT
from storyline.ingest.turns import TURN_LABEL
from storyline.text.calendar_names import FULL_WEEKDAY_PATTERN, MONTH_PATTERN
from storyline.text.line_words import FUNCTION_WORDS

__all__ = [
    "DATELINE",
    "FRAGMENT_ENDS",
    "LEADING_CREDIT",
    "RUN_IN_STAMP",
    "clean_title_text",
    "dateline_pieces",
    "ends_open",
    "opens_with_byline",
    "opens_with_link",
]

_OPEN_WORDS = FUNCTION_WORDS | {"since", "until"}
"""Words that need more after them: no date run in after one is a stamp."""
FRAGMENT_ENDS = frozenset(
    [
        *("a", "an", "the", "of", "to", "for", "with", "from", "and", "or", "nor", "but"),
        *("its", "their", "his", "her", "our", "your", "my", "into", "onto", "via", "per"),
    ]
)
"""Words no headline or sentence ends on (particles ending a verb, "fight on", left out)."""
_MONTH = MONTH_PATTERN
_WEEKDAY = FULL_WEEKDAY_PATTERN
_ROLE = (
    r"(?:Staff|Writers?|Correspondents?|Reporters?|Editors?|Producers?|Columnists?|"
    r"Contributors?|Wires?|Desk)"
)
_LOWER_ROLE = r"(?:reporter|correspondent|editor|writer|producer|analyst)"
_ROLE_BYLINE = re.compile(
    rf"^By\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s*,?\s+){{0,7}}"
    rf"(?:{_ROLE}\b|{_LOWER_ROLE}\b|to\s+(?:the\s+)?[A-Z][\w.'’&-]*)\s*,?\s*"
    r"(?:(?:[A-Z][\w.&'’-]*\s+){0,2}News\b\s*,?\s*)?"
)
"""A byline that ends in a desk or a role ("By the Agency Wire Staff", "By Ann Lee, Agency
Senior Producer", "By Ann Lee, Special to Agency", "By Ann Lee Business reporter, Agency
News"): the last role word says where it ends even without a comma, so the headline after
it is kept whole; an outlet named "... News" after the role is the byline's too."""
_NAME_WORD = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)"
_NAMED_BYLINE = re.compile(
    rf"^(?:By\s+(?:{_NAME_WORD}\s+){{1,4}}(?:(?:and|&)\s+(?:{_NAME_WORD}\s+){{1,4}})?"
    rf"|(?:and\s+)?(?:[A-Z][a-z]+\s+){{0,3}}{_ROLE}\s+)"
    r"(?=[A-Z]{2}[A-Z.'’\\/-]*(?:\s+[A-Z]{2}[A-Z.'’\\/-]*)*\s*(?:,|\||\(|-LRB-))"
)
"""A byline of names alone ("By Ann Lee and Bo Park"), or the role left of a byline broken
over two lines ("and Science Editor"), before the dateline or page header in capitals
("HARBOUR TOWN | Mon ...", "HARBOUR TOWN -LRB- Agency -RRB- -"): who wrote, cut from a
title with the dateline after it."""
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z0-9]*\s+)*?[A-Z][A-Z.'’\\/-]+(?:\s+[A-Z][A-Z.'’\\/-]+)*\s*"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*)?(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?=\(|-LRB-))?"
    r"(?:(?:(?:\(|-LRB-)[^()]{0,30}?(?:\)|-RRB-)\s*)(?:--|—|–|-)|--|—|–)\s+"
    r"|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:,\s*[A-Z][\w.'’-]*\s*)?"
    r"(?:\(|-LRB-)\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*(?:\)|-RRB-)\s*(?:--|—|–|-)\s+"
)
"""A dateline in capitals ("HARBOUR TOWN, Region --", "HARBOUR TOWN, Region, May 6 (Agency) -",
with a credit run in before it), or a place in mixed case before a credit in parentheses
and a dash ("Harbour Town (Agency) --"): where the story was filed, not what happened. A
single hyphen ends it only after the credit in parentheses."""
_DATED_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*,\s*{MONTH_PATTERN}\s+\d{{1,2}}\s*(?:--|—|–)\s+"
)
"""A dateline with the day ("HARBOUR TOWN, June 24 --"): cut from a title; not taken as the
mark of where the lead starts, as a headline set above it is the better title."""
_CREDIT_WORD = re.compile(
    r"^[A-Z]{2,6}\s+(?=(?:As|The|A|An|In|When|After|While|With|Since|Before|Despite|Amid)"
    r"\s+[a-z])"
)
"""A picture credit in capitals run into the first sentence ("AGENCY As water rises ..."):
a sentence opener and a lower-case word follow it, which no headline word in capitals has."""
LEADING_CREDIT = re.compile(
    r"^(?:\(|-LRB-)\s*[\w.'’&-]+(?:(?:\s+|\s*\\?/\s*)[\w.'’&-]+){0,7}\s*(?:\)|-RRB-)\s+"
)
"""A short parenthesis in front ("(Agency Photo)", "(Agency Photo/Ann Lee)"): a credit, no
headline starts so."""
_VIA_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3},\s*(?:[A-Z][\w.'’&-]*\s+){0,4}via\s+[A-Z][\w.&'’-]*\s+(?=[A-Z])"
)
"""A picture credit run into the lead ("Ann Lee, Harbour Gazette via Agency The port ..."):
a name, where the picture came from and "via" an agency; no headline opens so."""
_UNDASHED_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*)?"
    r"(?:\(|-LRB-)\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*(?:\)|-RRB-)\s+(?=[A-Z])"
)
"""A dateline in capitals and its credit with no dash before the lead ("HARBOUR TOWN, Region
(Agency) The port ..."): where the story was filed, cut from a title."""
_DAY_DATELINE = re.compile(
    rf"^{MONTH_PATTERN}\s+\d{{1,2}}\s*(?:\(|-LRB-)\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,2}}\s*"
    r"(?:\)|-RRB-)\s*(?:--|—|–|-)\s*"
)
"""A wire dateline with the day and the agency but no place ("Mar 3 (Agency) -"), set above
the summary bullets or the lead: when the story was filed, cut from a title."""
_FROM_BYLINE = re.compile(
    rf"^From\s+(?:{_NAME_WORD}\s+){{1,4}}(?:(?:and|&)\s+(?:{_NAME_WORD}\s+){{1,4}})?,\s*"
    r"[A-Z]{2,}[\w.&'’-]*(?:\s+[A-Z]{2,}[\w.&'’-]*)?\s+(?=[A-Z])"
)
"""A byline opening with "From", the names and the outlet in capitals run into the lead
("From Ann Lee and Bo Park, KTV While ..."): who reported, cut from a title."""
_BULLET = re.compile(r"^(?:\\?\*|•|·)\s*")
"""A list bullet in front of a summary line ("* Envoys meet", escaped "\\*" in some
crawls): a mark, no word of the title."""
_RUN_IN_BULLET = re.compile(r"\s+(?:\\?\*|•)\s+")
"""The next bullet of a summary run in after the first: the title ends before it."""
_UPDATE_LABEL = re.compile(
    r"^(?:NEW|UPDATED?|UPDATE\s+\d+|BREAKING|LATEST)\s*:\s*"
    r"|^(?:UPDATE|WRAPUP|REFILE|CORRECTED)\s*\d*\s*-\s*(?=[A-Z])"
)
_RUN_IN_LABEL = re.compile(r"\s+(?:NEW|UPDATED?|BREAKING|LATEST)\s*:\s+")
"""A highlight label run in after a headline: the headline ends before it."""
_STAMP_SEMICOLON = re.compile(rf"^((?:{_WEEKDAY}\s*,?\s*)?{DATE_PATTERN})\s*;\s*")
"""A date stamp parted from its clock time by a semicolon ("Monday, May 3, 2010; 2:00 PM"):
read as the stamp it is, so the page header is stripped whole."""
RUN_IN_STAMP = re.compile(
    rf"\s+(?:{_WEEKDAY}\s*,?\s+)?{DATE_PATTERN}(?:\s*,?\s*(?:at\s+)?{CLOCK_PATTERN})?(?=\s|$)"
)
"""A date stamp run in after the headline ("Port reopens Tuesday 4 May 2010 09.12 BST The
port ..."): the headline ends before it."""
_RUN_IN_SENTENCE = re.compile(
    r"(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\band)(?<!\bor)"
    r"(?<=[a-z”’'])\s+(?=(?:The|A|An)\s+[a-z0-9]"
    r"|(?:As|When|While|After|Although|Though|Since|Despite|Amid)\s+(?:the\s+)?[A-Z]\w+)"
)
"""A lower-case word followed by a capitalised article and a lower-case word: in
flattened text, a new sentence (a caption or a highlight) run into the headline without
its full stop. Not after a preposition or a conjunction ("a review of The ..."), and
never before a capitalised name ("The Gazette"). A capitalised conjunction after a
lower-case word ("... the most famous pilot in the port As Ann Lee retires, ...") opens a
standfirst the same way: no sentence-case headline capitalises "As" inside it."""
_RUN_IN_SPEAKER = re.compile(
    r"\s+(?:(?:Prof|Dr|Gen|Sen|Rep|Gov|Col|Capt|Maj|Lt|Sgt|Adm|Rev|Mr|Mrs|Ms|Sir|Lord|Lady)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*:\s*(?:``|\"|“|‘|')"
)
"""A quote card run in after the headline ("Flu death confirmed Prof. Ann Lee: "We are
ready ...""): a named speaker and a colon before a quotation; the title ends before it."""
_RUN_IN_BYLINE = re.compile(r"\s+By\s+(?:the\s+)?[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+")
_LINK_PROMPT = r"(?:Read|See|View|Watch|Listen\s+to|Download)\s+(?:[\w'’-]+\s+){0,3}?here\b"
_RUN_IN_LINK = re.compile(rf"(?<=[\w'’”.,])\s*{_LINK_PROMPT}")
"""A link's prompt run in after the headline ("Port deal signed'Read the agreement here The
harbour ..."): the page pointing at a document, never part of the headline, which ends
before it."""
"""A byline run into the headline ("Port Reopens By Ann Lee Staff writer ..."): the title
ends before it."""


_DOUBLED_HEADLINE = re.compile(r"^((?:\S+\s+){3,}?\S+)\s+\1(?=\s|$)")
"""A headline of four words or more written twice in a row (the page's heading and the
story's own, flattened together, the lead run in after them): once, alone, is the
headline."""
_MIN_DOUBLED_WORDS = 4
"""Distinct words a doubled headline holds: a word repeated is no headline."""


def clean_title_text(text: str) -> str:
    """`text` without the page header, role byline and update labels in front of it, ended
    before a byline or highlight label run in after the headline."""
    text = _STAMP_SEMICOLON.sub(r"\1 ", " ".join(text.split()), count=1)
    doubled = _DOUBLED_HEADLINE.match(text)
    if doubled is not None and len(set(doubled.group(1).split())) >= _MIN_DOUBLED_WORDS:
        text = doubled.group(1)
    for _ in range(3):
        before = text
        text = strip_page_header(text)
        for pattern in (
            _ROLE_BYLINE,
            _NAMED_BYLINE,
            _FROM_BYLINE,
            LEADING_CREDIT,
            PICTURE_CREDIT,
            _CREDIT_WORD,
            DATELINE,
            _DATED_DATELINE,
            _UNDASHED_DATELINE,
            _DAY_DATELINE,
            _VIA_CREDIT,
            _UPDATE_LABEL,
            _BULLET,
        ):
            text = pattern.sub("", text, count=1)
        text = strip_dated_entry(strip_section_label(text))
        text = strip_lead_dash(strip_leading_header(text) or "")
        text = _without_turn_label(text)
        if text == before:
            break
    text = cut_run_in_header(text)
    for pattern in (
        _RUN_IN_BYLINE,
        _RUN_IN_LINK,
        _RUN_IN_SPEAKER,
        _RUN_IN_LABEL,
        RUN_IN_STAMP,
        _RUN_IN_BULLET,
    ):
        m = pattern.search(text)
        head = text[: m.start()] if m is not None else ""
        # a date after "of the" or "since" is the sentence's own ("victims of the 11 May
        # attacks"), not a stamp run in after a headline
        if pattern is RUN_IN_STAMP and ends_open(head):
            # "... the crisis On 20 April 2010 a well ...": a capitalised "On" opens the
            # sentence the date belongs to, which starts there
            last = head.split()[-1] if head.split() else ""
            head = head[: head.rstrip().rfind(last)] if last[:1].isupper() else ""
        if len(head.split()) >= 3 and not ends_open(head, FRAGMENT_ENDS):
            text = head
    m = _RUN_IN_SENTENCE.search(text)
    if m is not None and len(text[: m.start()].split()) >= 4:
        text = text[: m.start()]
    return text.strip()


def opens_with_link(text: str) -> bool:
    """Whether `text` opens with a link's prompt ("Read the agreement here ..."): what stood
    before it was a headline the page linked from, not a caption."""
    return re.match(rf"\W*{_LINK_PROMPT}", text) is not None


def ends_open(text: str, open_words: frozenset[str] = _OPEN_WORDS) -> bool:
    """Whether `text` ends in a word that needs more after it (a preposition, an article, a
    conjunction): a text cut there is a fragment."""
    words = text.split()
    return bool(words) and words[-1].lower() in open_words


def _without_turn_label(text: str) -> str:
    """`text` without a transcript turn's label in front ("ANA RUIZ, HOST : ..."); a label
    holds no figure and no "|" (a page header's "HARBOUR TOWN | Sun May 3, 2010 1:27 pm" is
    no label)."""
    m = TURN_LABEL.match(text)
    if m is None or re.search(r"[\d|]", m.group()) or not text[m.end() : m.end() + 1].isspace():
        return text
    return text[m.end() :].lstrip()


_INNER_CREDIT_DASH = re.compile(r"(?:\)|-RRB-)\s*(?:--|—|–|-)\s")
"""A credit's closing parenthesis and a dash inside a line ("... (Agency) -- The port ..."):
where a wire dateline ends, if a place stands before the parenthesis."""
_MIN_HIGHLIGHTS_WORDS = 8
"""Words of what stands before a dateline inside a line for it to be parted off: a shorter
head is the place's own preposition or a headline's last words, not a block of highlights."""


def dateline_pieces(line: str) -> list[str]:
    """`line` parted where a wire dateline starts inside it ("... the port stayed shut for
    months Near Harbour Town, Region (Agency) -- The board said ..."): a dateline marks
    where the story itself starts, so the highlights, caption or credit run in before it
    are another piece, and the lead after it keeps its dateline (which titles.py reads as
    the mark of the lead). Parted only when the head is a text of `_MIN_HIGHLIGHTS_WORDS`
    words or more that does not end open ("... reopens in"): a dateline is found at the
    first word where `DATELINE` matches up to the inner dash."""
    dash = _INNER_CREDIT_DASH.search(line)
    if dash is None:
        return [line]
    for word in re.finditer(r"(?<=\s)[A-Z]", line[: dash.start()]):
        found = DATELINE.match(line[word.start() :])
        if found is None or word.start() + found.end() < dash.end():
            continue
        head = line[: word.start()].strip()
        if len(head.split()) < _MIN_HIGHLIGHTS_WORDS or ends_open(head):
            return [line]
        return [head, line[word.start() :]]
    return [line]


def opens_with_byline(text: str) -> bool:
    """Whether `text` opens with a byline ("By Ann Lee, Agency News", "From Ann Lee and Bo
    Park, KTV"): the page's furniture starts there, and what stands between it and a
    dateline is a picture's caption or highlights, not the lead."""
    flat = " ".join(text.split())
    return any(p.match(flat) for p in (_ROLE_BYLINE, _NAMED_BYLINE, _FROM_BYLINE))
