"""Reader comment sections: the part of a page that readers wrote, not the newsroom.

Left in, comments become quotes by "I" and "you", fake claims and fake
timeline entries, and a reader's handle becomes a speaker. A comment section
is recognised by its own furniture, never by what the comments say: a line
announcing it ("We welcome comments ...", "Leave your comments below",
"12 Comments"), or a comment's header ("At 2:10 pm on 2 Jun 2009, river_fox7
wrote:"). Everything from there on is dropped, up to a line closing the
section ("This discussion is now closed") or the end of the text.

A run of comments each headed or signed with its date and time, two or more to the end of
the page, is found by entries.py.

A run of comments without such a line is known by the buttons under each comment
("Recommend (4) | Reply"), two of them a few lines apart.

Where a comment is signed after its words (its time stamp and "Report abuse" link
close it: "... I doubt it. March 2, 2010 at 9:15 pm | Report abuse | Next ..."), the
section's first comment stands before the first link: the lines just before it that
read as a reader's writing (the writer's "I" or "you", a question or an exclamation, a
lowercase start, shouting capitals) and hold no quotation or reporting verb ("she said")
go with the section.

A run of comments each signed "Name, Place" after its words (signatures.py) starts at the
closing or form line above it ("This debate is now closed."), or else at its first
comment's reader-voiced lines, and runs to the end. A comment form's and a moderated
discussion's lines ("Send us your comments using the form below", "... not responsible
for any content posted by third parties") and an author's bio line ("He writes a regular
column for ...") go on their own, the questions put to readers just above a form with them.
An opinion page's closing disclaimer ("The views expressed in this commentary are solely
those of ...") ends the article: lines after it that read as readers' writing are comments.
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.ingest.chat import drop_chat_questions
from storyline.ingest.entries import entry_run_start
from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN
from storyline.ingest.signatures import is_signature, signature_lines

__all__ = ["drop_comment_sections", "is_comment_form_line", "is_comment_header", "opens_comments"]

_OPENER = re.compile(
    r"^\W*(?:"
    r"we\s+welcome\s+comments|views\s+expressed\s+in\s+(?:the\s+)?comments|"
    r"(?:leave|post|add|submit)\s+(?:your|a)\s+comments?|"
    r"(?:read|show|view|see)\s+(?:all\s+)?(?:\d[\d,]*\s+)?(?:reader\s+)?comments|"
    r"reader\s+comments|join\s+the\s+(?:conversation|discussion)|have\s+your\s+say\b|"
    r"(?:a\s+selection\s+of\s+)?your\s+comments\s+(?:to\s+this\s+\w+\s+)?appears?\s+below|"
    r"\d[\d,]*\s+comments?\s*$|comments?\s*(?:\(\d+\))?\s*:?\s*$"
    r")|\breport\s+(?:as\s+)?abus(?:e|ive)\b|\bwill\s+not\s+be\s+displayed\b",
    re.IGNORECASE,
)
"""A comment section's own wording: its announcement, a comment's "Report abuse" link, or
the comment form's "(required, but will not be displayed)" e-mail field."""
_UI_WORDS = re.compile(
    r"\breport\s+(?:as\s+)?abus(?:e|ive)\b|\bwill\s+not\s+be\s+displayed\b", re.IGNORECASE
)
_THREAD = r"(?:discussion|debate|topic|thread|forum|conversation)"
"""What a page calls the place readers write in: its closing line names it."""
_CLOSER = re.compile(
    rf"^\W*(?:this\s+{_THREAD}\s+(?:is|has)\s+(?:now\s+)?(?:been\s+)?closed|"
    r"(?:comments|submissions|entries)\s+(?:are|have\s+been)\s+"
    r"(?:now\s+)?closed|comments\s+for\s+this\s+(?:story|article|entry)\s+(?:are|is)\s+closed)",
    re.IGNORECASE,
)
"""A line closing readers' writing ("This discussion is now closed", "This topic has now
closed", "Submissions are now closed"): the lines after it that read as readers' writing
are their comments, kept on the page after the thread closed."""
_VIEWS_DISCLAIMER = re.compile(
    r"^\W*the\s+(?:views|opinions)\s+expressed\s+in\s+this\s+(?:article|commentary|column|"
    r"piece|post|essay|blog)\s+are\s+(?:solely\s+|only\s+)?(?:those\s+of|the\s+author)",
    re.IGNORECASE,
)
"""An opinion page's closing disclaimer ("The views expressed in this commentary are solely
those of Ann Lee."): the article ends there; lines after it that read as readers' writing
are its comments, and go."""
_CLOSER_AT_END = re.compile(
    rf"(?<=\s)(?-i:This)\s+{_THREAD}\s+(?:is|has)\s+(?:now\s+)?(?:been\s+)?closed\s*\.?\s*$",
    re.IGNORECASE,
)
"""A closing line run onto the end of the report's last sentence, as a flattened page
keeps it ("... to prevent its spread This debate is now closed .")."""
_STAMPED_HEADER = re.compile(
    r"^\W*(?:at|on|posted)\s+[^,\n]{3,50},\s*@?\S{1,40}\s+wrote\s*:", re.IGNORECASE
)
_STAMP_REPLY = re.compile(
    rf"^\W*{DATE_PATTERN}\s*,?\s*(?:at\s+)?{CLOCK_PATTERN}\s*\|\s*(?:reply|report\s+abuse)\b",
    re.IGNORECASE,
)
"""A comment stamped with its time and its reply link ("January 28, 2011 at 11:26 pm | Reply")."""
_INLINE_STAMP = re.compile(
    rf"{DATE_PATTERN}\s*,?\s*(?:at\s+)?{CLOCK_PATTERN}\s*\|\s*\S", re.IGNORECASE
)
"""A comment's time stamp and the bar after it inside running text, as a page flattened to
one paragraph keeps it ("... Ann in Leeds March 3, 2010 at 9:15 pm | I think ..."). Two or
more in one paragraph are a comment section; one alone may be a byline's."""
_FORM_LINE = re.compile(
    r"\b(?:(?:may|will)\s+edit\s+your\s+comments|your\s+comments\s+(?:may|will)\s+be\s+"
    r"published|selection\s+of\s+your\s+(?:comments|views)\s+(?:may|will)\s+be\s+published|"
    r"(?:aim\s+to\s+)?publish\s+as\s+many\s+of\s+your\s+(?:comments|views)|"
    r"not\s+responsible\s+for\s+(?:any\s+|the\s+)?content\s+(?:posted|submitted)\s+by|"
    r"moderators?\s+retains?\s+editorial\s+control|you\s+can\s+upload\s+(?:it\s+)?here|"
    r"using\s+the\s+form\s+(?:below|above|on\s+the\s+(?:right|left))|"
    r"not\s+involved\s+in\s+the\s+moderation)\b"
    r"|^\W*(?:you\s+can\s+)?send\s+(?:us\s+)?your\s+(?:comments|views|experiences|pictures|"
    r"photos|questions|stories)\b",
    re.IGNORECASE,
)
"""A comment form's or a moderated discussion's own wording ("Send us your comments using
the form below", "We may edit your comments", "... not responsible for any content posted
by third parties"): addressed to readers, never a report's sentence."""
_MAX_FORM_WORDS = 40
_BIO_COLUMN = re.compile(
    r"^\W*(?-i:He|She)\s+writes\s+an?\s+(?:(?:regular|weekly|monthly|daily|fortnightly)\s+)?"
    r"column\s+(?:for|in)\b",
    re.IGNORECASE,
)
"""An author's bio ("He writes a regular column for ..."), set above or below the article."""
_READER_QUESTION = re.compile(r"\?\W*$")
_MAX_PROMPTS = 4
_MIN_READER_SHARE = 0.4
"""Share of the lines among signed comments that must read as a reader's writing."""
_CLOSER_LOOKAHEAD = 40
_MIN_COMMENT_LINES = 3
"""Lines after a closing line, met outside a section, that must read as comments for the
section to start there ("This debate is now closed." above the readers' comments)."""
_READERS_SENT = re.compile(
    r"\b(?:sending|sent|sharing|shared)\s+(?:us\s+|in\s+|the\s+\w+\s+)?(?:their|your)\s+"
    r"(?:accounts|comments|views|experiences|stories|thoughts)\b",
    re.IGNORECASE,
)
"""A line announcing what readers sent ("Readers near the spill have been sending us their
accounts."): the readers' own words follow it."""
_MAX_ANNOUNCE_WORDS = 30
_PROMPT = re.compile(r"(?:^|\s)(?:[Yy]ou|[Yy]our)\s.*\?\W*$")
"""A question put to the reader ("What are your concerns about the virus?")."""
_MAX_PROMPT_WORDS = 15
_STAMP_LED = re.compile(
    rf"^\W*{DATE_PATTERN}\s*,?\s*(?:at\s+)?{CLOCK_PATTERN}\s*\|\s*\S", re.IGNORECASE
)
"""A comment headed by its time stamp and a bar ("March 3, 2010 at 9:14 am | I am ...");
two such lines whose words read as readers' are a run of comments, a live report's
stamped entries are not."""
_POSTED_BY = re.compile(r"^\W*posted\s+by\b\s*:?\s*\S", re.IGNORECASE)
"""A "Posted by NAME ..." line: a blog post's own byline once, a reader's comment after."""
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")
_SIGNED_AFTER = re.compile(
    rf"\S.*?(?:{DATE_PATTERN}|{CLOCK_PATTERN}).*?\|\s*report\s+(?:as\s+)?abus(?:e|ive)\b",
    re.IGNORECASE,
)
"""A line where a comment's words come before its stamp and "Report abuse" link: the
comment is signed after it, so the lines before the link belong to it."""
_READER_VOICE = re.compile(
    r"(?:^|\s)(?:I|I'm|I 'm|[Mm]e|[Mm]y|[Yy]ou|[Yy]our|[Yy]ou're|u|ur|[Ww]e|us|[Oo]ur)"
    r"(?=\s|$|[,.;:!?])"
    r"|[?!]\s*$|^\s*[a-z]|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b|\.\s*\.\s*\.",
)
"""What a reader's comment reads like and a report's own sentence does not: the writer
speaking as "I" or to "you" outside any quotation, a question or an exclamation at the
end, a lowercase start, three shouted words in a row, a trail of dots."""
_QUOTATION = re.compile(
    r"``|''|[\"“”]|\b(?:said|says|told|added)\b|^\W*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*\s*:"
)
"""A quotation, a reporting verb or a transcript's speaker label ("REED: Well, ..."): the
report's own text, where the comments stop."""
_MAX_LEADING_LINES = 12
_WIDGET = r"(?:recommend(?:ed)?|reply|replies|report|share|link|clip|permalink|flag)"
_COMMENT_WIDGET = re.compile(
    rf"^\W*{_WIDGET}\??(?:\s*\(?\d+\)?)?(?:\s*[|·•/]?\s*{_WIDGET}\??(?:\s*\(?\d+\)?)?)*\W*$",
    re.IGNORECASE,
)
_COMMENT_ACTION = re.compile(r"\b(?:recommend(?:ed)?|reply|replies)\b", re.IGNORECASE)
"""A line of nothing but a comment's buttons ("Recommend (12)", "Reply | Link"): the
comment stands before it. Share and link buttons alone also sit under a story, so a
line counts only with "Recommend" or "Reply" on it."""
_WIDGET_SPAN = 12
"""Lines within which a second comment's buttons show a run of comments."""
_HANDLE_HEADER = re.compile(r"^\W*@?(?=\S*[\d_])[\w.-]{3,40}\s+wrote\s*:", re.IGNORECASE)
"""A handle with a digit or an underscore ("river_fox7 wrote:"), never a plain name."""


def opens_comments(line: str) -> bool:
    """Whether a line announces the readers' comments."""
    return bool(_OPENER.search(line) if _UI_WORDS.search(line) else _OPENER.match(line))


def is_comment_form_line(line: str) -> bool:
    """Whether a line is a comment form's or a moderated discussion's wording, or an
    author's column line from a bio: furniture wherever it stands."""
    line = line.strip()
    return len(line.split()) <= _MAX_FORM_WORDS and bool(
        _FORM_LINE.search(line) or _BIO_COLUMN.match(line)
    )


def _drop_prompts(kept: list[str]) -> None:
    """Remove from the end of `kept` the questions put to readers just before a comment
    form ("Has the rise affected you?"), never a line with a quotation."""
    for _ in range(_MAX_PROMPTS):
        if len(kept) <= 1:
            return
        line = kept[-1].strip()
        if not _READER_QUESTION.search(line) or _QUOTATION.search(line):
            return
        kept.pop()


def is_comment_header(line: str) -> bool:
    """Whether a line starts one reader's comment ("At 9:31 on 21 Jun, abc12 wrote: ...")."""
    return bool(
        _STAMPED_HEADER.match(line) or _HANDLE_HEADER.match(line) or _STAMP_REPLY.match(line)
    )


def _drop_first_comment(kept: list[str]) -> None:
    """Remove from the end of `kept` the lines of a comment signed after its words: those
    in a reader's voice without a quotation or a reporting verb, never the first line."""
    for _ in range(_MAX_LEADING_LINES):
        if len(kept) <= 1:
            return
        line = kept[-1].strip()
        if not line or _QUOTATION.search(line) or not _READER_VOICE.search(line):
            return
        kept.pop()


def _widget_lines(lines: list[str]) -> set[int]:
    """Lines of comment buttons that open a run of comments: two such lines within
    _WIDGET_SPAN lines of each other (one comment's "Reply" may be a story's own word)."""
    found = [
        i
        for i, line in enumerate(lines)
        if _COMMENT_WIDGET.match(line.strip()) and _COMMENT_ACTION.search(line)
    ]
    return {a for a, b in pairwise(found) if b - a <= _WIDGET_SPAN}


def _signed_comments(lines: list[str]) -> list[int]:
    """The signature lines of a run of signed comments whose words read as readers' (at
    least _MIN_READER_SHARE of the lines among them in a reader's voice): a roll of names
    with units or titles ("Cpl Ann Lee, Royal Marines.") between report lines is no run."""
    signed = signature_lines(lines)
    if not signed:
        return []
    between = [
        line
        for line in lines[signed[0] + 1 : signed[-1]]
        if line.strip() and not is_signature(line)
    ]
    return signed if between and _reads_as_comments(between) else []


def _reads_as_comments(lines: list[str]) -> bool:
    """Whether the non-blank lines read as readers' writing: at least _MIN_READER_SHARE of
    them in a reader's voice (none at all counts as such, for a form right above)."""
    text = [line for line in lines if line.strip()]
    voiced = sum(1 for line in text if _READER_VOICE.search(line))
    return voiced >= _MIN_READER_SHARE * len(text)


def _first_stamp_led(lines: list[str]) -> int | None:
    """The first of two or more lines headed by a comment's stamp and bar, when the lines
    from there (up to _CLOSER_LOOKAHEAD) read as readers' writing."""
    led = [i for i, line in enumerate(lines) if _STAMP_LED.match(line)]
    if len(led) < 2:
        return None
    after = [line for line in lines[led[0] :] if line.strip()][:_CLOSER_LOOKAHEAD]
    return led[0] if _reads_as_comments(after) else None


def _form_before(lines: list[str], first_signed: int | None) -> int | None:
    """The last closing or comment-form line before the first signed comment (a form line
    only when the lines between read as comments): where the signed comments start."""
    if first_signed is None:
        return None
    for j in range(first_signed - 1, -1, -1):
        stripped = lines[j].strip()
        if _CLOSER.match(stripped):
            return j
        if is_comment_form_line(stripped):
            return j if _reads_as_comments(lines[j + 1 : first_signed]) else None
    return None


def _closer_opens(lines: list[str], i: int) -> bool:
    """Whether the closing or announcing line at `i`, met outside a section, heads the
    comments: the
    lines after it (up to _CLOSER_LOOKAHEAD of them) are at least _MIN_COMMENT_LINES and
    read as readers' writing."""
    after = [line for line in lines[i + 1 :] if line.strip()][:_CLOSER_LOOKAHEAD]
    return len(after) >= _MIN_COMMENT_LINES and _reads_as_comments(after)


def _without_prompts(kept: list[str]) -> list[str]:
    """`kept` without the questions put to readers ("What are your concerns about the
    rise?"), read so only on a page of readers' comments after a short report (a section
    opened by a closing line, a form line or signed comments); never the first line."""
    return [
        line
        for k, line in enumerate(kept)
        if k == 0
        or not _PROMPT.search(line)
        or _QUOTATION.search(line)
        or len(line.split()) > _MAX_PROMPT_WORDS
    ]


def drop_comment_sections(lines: list[str]) -> list[str]:
    """The lines minus every comment section; a section never starts on the first line,
    so a text that is nothing but comment furniture is left to the other rules. Comments
    not signed with a "Report abuse" link are found by their buttons ("Recommend",
    "Reply") under each comment: from the first comment of a run of them; comments signed
    "Name, Place" (signatures.py) from the closing or form line above them, or else from
    the first comment's reader-voiced lines. Comment-form and moderation lines go alone,
    with the questions put to readers just above them."""
    lines = drop_chat_questions(lines, _reads_as_comments)
    kept: list[str] = []
    inside = False
    readers_page = False
    widgets = _widget_lines(lines)
    signed = _signed_comments(lines)
    first_signed = signed[0] if signed else None
    form_open = _form_before(lines, first_signed)
    stamp_led = _first_stamp_led(lines)
    posted = [i for i, line in enumerate(lines) if _POSTED_BY.match(line)]
    # the first "Posted by" may sign the post itself; from the second on, readers post
    second_posted = posted[1] if len(posted) >= 2 else None
    run = entry_run_start(lines, _reads_as_comments)
    entries, signed_before = run if run else (None, False)
    for i, line in enumerate(lines):
        if not inside and i == entries and any(k.strip() for k in kept):
            # a run of dated comment entries to the end of the page (entries.py): the
            # first comment's words may stand before its stamp or signature
            inside = True
            if signed_before:
                _drop_first_comment(kept)
            continue
        if not inside and i == second_posted and any(k.strip() for k in kept):
            inside = True
            continue
        stripped = line.strip()
        if inside:
            if _CLOSER.match(stripped):
                inside = False
            continue
        started = any(k.strip() for k in kept)
        if i == form_open and started:
            # the comments signed "Name, Place" follow the form's or closing line
            inside = readers_page = True
            _drop_prompts(kept)
            continue
        if i == stamp_led and started:
            # a comment headed by its stamp: the comment before it is signed after its words
            inside = True
            _drop_first_comment(kept)
            continue
        if i == first_signed and started:
            # the first signed comment's lines stand before its signature
            inside = readers_page = True
            _drop_first_comment(kept)
            continue
        if is_comment_form_line(stripped):
            _drop_prompts(kept)
            continue
        if i > 0 and started and (opens_comments(stripped) or is_comment_header(stripped)):
            inside = True
            if _SIGNED_AFTER.match(stripped):
                _drop_first_comment(kept)
            continue
        if i in widgets and started:
            # the buttons close a comment signed after its words: its lines go too
            inside = True
            _drop_first_comment(kept)
            continue
        if (
            _READERS_SENT.search(stripped)
            and len(stripped.split()) <= _MAX_ANNOUNCE_WORDS
            and not _QUOTATION.search(stripped)
            and _closer_opens(lines, i)
        ):
            # the readers' accounts announced by this line follow it; as a page's first
            # line it is the page's only report and stays
            if not started:
                kept.append(line)
            inside = readers_page = True
            continue
        end = _CLOSER_AT_END.search(stripped)
        if end and not _CLOSER.match(stripped):
            kept.append(stripped[: end.start()].rstrip())
            if _closer_opens(lines, i):
                inside = readers_page = True
            continue
        if _VIEWS_DISCLAIMER.match(stripped) and started and _closer_opens(lines, i):
            # the article ends with its disclaimer, which stays; readers' comments follow
            kept.append(line)
            inside = True
            continue
        if _CLOSER.match(stripped):
            if started and _closer_opens(lines, i):
                inside = readers_page = True
                _drop_prompts(kept)
            continue
        # a stamp ends in its bar: a line without one is not scanned (the pattern's
        # month and weekday alternatives, tried at every offset, are most of a page's cleaning)
        stamps = list(_INLINE_STAMP.finditer(line)) if "|" in line else []
        if len(stamps) >= 2:
            # comments, each stamped (one stamp may be a byline's): they start with the
            # sentence holding the first stamp (the handle before the date is its header)
            ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, stamps[0].start())]
            head = line[: ends[-1]].rstrip() if ends else ""
            if head.strip() or started:
                if head.strip():
                    kept.append(head)
                inside = True
                continue
        kept.append(line)
    return _without_prompts(kept) if readers_page else kept
