"""Lines a page sets around a story that name another page or credit a picture.

Four shapes, each the page's furniture and never a report's sentence, read by ingest (to
cut a plain one from the body) and by story titles (never to title a story with one):

- a picture credit naming its agency, outlet and photographer with slashes between, after
  a "Credit:" label ("Credit: Agency/Harbour Sun/Ann Lee"), or an agency's
  capitals, a slash, the photographer and the year with no label ("AGY/Ann Lee 2010"):
  a headline never joins names with slashes and then a year;
- a link to a gallery or a clip: a headline, a dash and the medium ("Crews clear the
  quay -- photos"), the gallery's blurb maybe run in after it;
- an entry of a list of columns: a date, the columnist's name or the column's label and a
  colon ("October 2, Ann Lee: Yet ..."), a comma between the date and the colon. A dated
  chronology's entry has no name there ("May 2: The board votes ...");
- a live discussion's notice: "Ann Lee, the harbour master, was online Friday, May 28, at
  1 p.m. ET to discuss ...": when the guest answered readers, never what happened.

Only shapes are read: slashes, dashes, a medium's word, a date and a colon, "was online"
with a day and a time; never names or outlets.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN, ENTRY_DATE_PATTERN

__all__ = [
    "PICTURE_CREDIT",
    "holds_column_entry",
    "is_column_entry",
    "is_discussion_notice",
    "is_media_link",
    "media_link_line",
]

_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_SLASH = r"\s*\\?/\s*"
PICTURE_CREDIT = re.compile(
    rf"^\s*(?i:credit)\s*:\s*(?:{_NAME}{_SLASH})+[A-Z][\w.'’&-]*"
    r"(?:(?:\s+[A-Z][a-z][\w.'’-]*){1,2}\s+(?=[A-Z]{2,}\b)|\s+(?=[A-Z\"“‘`]))"
    rf"|^\s*[A-Z]{{2,6}}{_SLASH}[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}\s+(?:19|20)\d\d\s+"
    r"(?=[A-Z\"“‘`])"
)
"""A picture credit opening a line, up to where the line's own words start: a "Credit:" label
and two or more names joined by slashes; after the last slash one word, or a name of two or
three words when a dateline in capitals follows ("Credit: Agency/Harbour Sun/Ann Lee HARBOUR
TOWN | ..."): a lead's own capitalised words ("Credit: Ann Lee/Agency White House aides
...") stay. Or an agency's capitals, a slash, a name and a year ("AGY/Ann Lee 2010 ON THE SEA
FLOOR -- ..."). A "Photograph:" credit is boilerplate.py's, which ends at the word holding
the slash."""

_MEDIUM = r"(?:photos?|pictures|videos?|audio|gallery|slideshow|graphics?|interactive)"
_MEDIA_LINK = re.compile(
    rf"^(?P<head>[\"“‘`'A-Z0-9][^\n]{{10,160}}?)\s(?:--|—|–)\s*{_MEDIUM}\b\s*(?:$|(?=[A-Z\"“‘`]))"
)
"""A headline, a dash and a medium ("Crews clear the quay -- photos"), at the end or before
the blurb run in after it: a link to a gallery or a clip, not the story's own headline."""
_MAX_LINK_LINE_WORDS = 80

_COLUMN_ENTRY = re.compile(
    rf"^\W*{ENTRY_DATE_PATTERN}\s*,\s*(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)){0,3}\s*:\s+(?=[A-Z\"“‘`'])"
)
"""A date, a comma, a name or a label of a few words and a colon ("October 2, Ann Lee: ...",
"March 11, leader: ..."): an entry of a list of columns."""

_RUN_IN_COLUMN_ENTRY = re.compile(
    rf"(?:^|(?<=[a-z]\s))\W*{ENTRY_DATE_PATTERN}\s*,\s*[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s+(?=[A-Z\"“‘`'])"
)
"""A column's entry anywhere in a line, run in after the last lower-case word of the entry
before it ("... behind closed doors October 1, Bo Park: Despite ...")."""

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WHEN_ONLINE = (
    rf"(?:(?:on\s+)?{_DAY}\s*,?\s*)?(?:(?:{DATE_PATTERN}|{ENTRY_DATE_PATTERN})\s*,?\s*)?"
    rf"(?:(?:at|from)\s+(?:{CLOCK_PATTERN}|\d{{1,2}}\s*[aApP]\.?[mM]\.?|[Nn]oon)"
    r"(?:\s+[A-Z]{2,4}\b)?\s*,?\s*)?"
)
_DISCUSSION_NOTICE = re.compile(
    rf"\b(?:was|were|will\s+be|is)\s+online\s+(?!to\s){_WHEN_ONLINE}(?<=[\w.,]\s)to\s+[a-z]"
)
"""A live discussion's notice ("... was online Friday, May 28, at 1 p.m. ET to discuss
...", "... will be online Tuesday to answer your questions"): "online", a day, a date or a
time, and what the guest is there to do; a report's sentence goes on otherwise ("The
portal was online Tuesday after hackers ...")."""


def is_media_link(text: str) -> bool:
    """Whether `text` is a link to a gallery or a clip ("Crews clear the quay -- photos")."""
    return _MEDIA_LINK.match(" ".join(text.split())) is not None


def media_link_line(line: str) -> bool:
    """Whether a whole line is a gallery's or a clip's link with its blurb: a link (see
    `is_media_link`) opening a line of at most _MAX_LINK_LINE_WORDS words."""
    flat = " ".join(line.split())
    return len(flat.split()) <= _MAX_LINK_LINE_WORDS and is_media_link(flat)


def is_column_entry(text: str) -> bool:
    """Whether `text` opens as an entry of a list of columns ("October 2, Ann Lee: ...")."""
    return _COLUMN_ENTRY.match(" ".join(text.split())) is not None


def holds_column_entry(text: str) -> bool:
    """Whether `text` opens with an entry of a list of columns or holds one run in after
    a lower-case word ("... closed doors October 1, Bo Park: Despite ...")."""
    flat = " ".join(text.split())
    return is_column_entry(flat) or _RUN_IN_COLUMN_ENTRY.search(flat) is not None


def is_discussion_notice(text: str) -> bool:
    """Whether `text` announces a live discussion with its guest ("Ann Lee was online
    Friday, May 28, at 1 p.m.")."""
    return _DISCUSSION_NOTICE.search(" ".join(text.split())) is not None
