"""The label of a turn in a transcript or an interview: one definition for every reader of it.

Ingest (is a page a transcript, whose "you" is said in the room?), the quote stage (who
speaks a turn and its "I") and the brief (is a sentence a turn's label, page text?) all
read speaker labels; each wrote its own pattern. They live here, below all three, with
the reason each variant differs where one must (`LINE_SPEAKER_LABEL`,
`SENTENCE_TURN_LABEL`).

A transcript gives each turn of talk a label in capitals and a colon ("ZAKARIA:", "ANA RUIZ,
HOST:"). The brief reads such labels to tell a transcript from a list of events, a story
title cuts one from the front of a line, and the quote stage gives the words after one to
the label (and every later "I" in the turn). Pages put other words in capitals before a
colon too: a heading ("THE END :", "FULL TRANSCRIPT :", "TOP STORIES :", "MORE NEWS :") or a
marker ("UPDATE :", "NEW :"). Read as a label, a heading speaks the words after it and every
"I" below it; so `speaker_label` is the one test every reader of a label applies: the label
must read as a person's name or a programme role, never as a phrase of ordinary words.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "LABEL_NAME",
    "LINE_SPEAKER_LABEL",
    "PAGE_MARKERS",
    "SENTENCE_TURN_LABEL",
    "TURN_LABEL",
    "speaker_label",
    "turn_labels",
]

LABEL_NAME = r"[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,3}"
"""A label's name: one to four words in capitals ("ZAKARIA", "ANA RUIZ", "UNIDENTIFIED MALE")."""

TURN_LABEL = re.compile(
    rf"(?m)^[^\S\n]*(?P<name>{LABEL_NAME})(?:[^\S\n]*,[^:\n]{{1,60}})?[^\S\n]*:"
)
"""A line opening with an upper-case label and a colon: "ZAKARIA:", "ANA RUIZ, HOST :"."""

LINE_SPEAKER_LABEL = re.compile(
    r"^\W*(?:[QA]\s*[:.]|[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Z.'’ -]{0,30})?:)"
)
"""A line opening with a speaker label, an interview's "Q:"/"A:" included ("ANN LEE, HOST:"),
as ingest counts them to tell a transcript from a form addressing its reader. Wider than
`TURN_LABEL` (the interview's one-letter labels, no `speaker_label` test): two such lines
only keep a page from being read as addressing the reader, which a heading cannot make
worse, and a transcript whose labels are "Q:" and "A:" must still count."""

SENTENCE_TURN_LABEL = re.compile(
    r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*,\s*[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*:|"
    r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+\s*:"
)
"""A turn label in a split sentence, as the brief reads one to set the sentence aside as
page text: a name with its role anywhere ("Now you are a -- JO DAY, ENGINEER : Thank ..."),
where the splitter ran the turn on from the one before, or a label of two or more words at
its start ("UNIDENTIFIED MALE :"). Not `TURN_LABEL`, which reads a label only at a line's
start and takes one word ("RUIZ :"): the two disagree on one-word labels and on labels
inside a sentence, so one cannot stand for the other without changing which sentences
are page text."""

_TURN_ANYWHERE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?=[A-Z][A-Z.'’-]{{2}})(?P<name>{LABEL_NAME})(?: ?,[^:\n]{{1,60}}?)? ?:\s",
    re.MULTILINE,
)
"""A turn's label at a line's start or after a sentence's end, its first word three letters
at least (an interview's "Q:" and "A:" are read apart)."""

PAGE_MARKERS = frozenset(
    {"NEW", "UPDATE", "UPDATED", "BREAKING", "LATEST", "LIVE", "WATCH", "VIDEO", "PHOTOS"}
    | {"EXCLUSIVE", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "CORRECTION", "READ MORE"}
)
"""Labels a news page puts before a highlight or an update ("NEW: Ministry denounces the
call"): a marker of the page, never a transcript speaker, even where the page does not
also write the word in lower case."""


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PHRASE_WORDS = _words(
    "THE A AN THIS THESE THAT THOSE OF IN ON AT TO FOR FROM BY WITH AND OR BUT IS ARE WAS "
    "WERE BE ALL MORE MOST TOP FULL OTHER OUR YOUR MY"
)
"""Articles, prepositions, conjunctions, verbs of being and the words that open a page's
lists ("MORE", "TOP", "FULL"): a heading's words ("THE END", "STAT OF THE WEEK", "TOP
STORIES"); a person's name holds none of them."""

_ROLES = _words(
    "HOST ANCHOR CO-HOST PRESENTER MODERATOR CORRESPONDENT REPORTER INTERVIEWER ANNOUNCER "
    "NARRATOR GUEST CALLER PANELIST PANELLIST PRESIDENT CHAIRMAN CHAIRWOMAN CHAIR SPEAKER "
    "WITNESS JUDGE CLERK COURT MALE FEMALE MAN WOMAN VOICE VOICES CROWD AUDIENCE "
    "ANALYST EXPERT OFFICIAL SPOKESMAN SPOKESWOMAN SPOKESPERSON MINISTER SECRETARY SENATOR "
    "GOVERNOR MAYOR DIRECTOR ADVISER ADVISOR PROFESSOR DOCTOR"
)
"""Roles a transcript labels a turn with instead of a name ("THE PRESIDENT", "UNIDENTIFIED
MALE", "THE COURT"): general programme and hearing vocabulary."""


def speaker_label(name: str, page: str | None = None) -> bool:
    """Whether an upper-case label before a colon reads as a speaker: a person's name or a
    programme role, not a page's heading or marker. A heading holds a phrase word (an
    article, a preposition, "MORE", "TOP": "THE END", "TOP STORIES") or is a page marker
    ("UPDATE"); with the `page` at hand, a label whose every word the page also writes
    in lower case is ordinary words ("BREAKING NEWS" on a page saying "news"), where a
    name ("ANA RUIZ") is not written so. A label ending in a role ("THE PRESIDENT",
    "UNIDENTIFIED MALE") speaks whatever else it holds."""
    words = [w.strip(".'’-") for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[-1] in _ROLES:
        return True
    label = " ".join(name.split())
    if label in PAGE_MARKERS or any(w in _PHRASE_WORDS for w in words):
        return False
    if page is None:
        return True
    return not all(_written_lower(page, w) for w in words if w.isalpha()) or not any(
        w.isalpha() for w in words
    )


def _written_lower(page: str, word: str) -> bool:
    """Whether the page writes the word in lower case (an ordinary word, not a name)."""
    return word.lower() in _page_words(page)


_WORD_RUN = re.compile(r"[\w'’]+")


@lru_cache(maxsize=4)
def _page_words(page: str) -> frozenset[str]:
    """The page's words as written, each a whole run of word characters and apostrophes:
    a word is written in lower case when its lower-case form is one of them. Read once per
    page: every label of a transcript asks (a page of 1,500 turns searched the whole text
    for each label's words, 4 s for 156 kB)."""
    return frozenset(_WORD_RUN.findall(page))


def turn_labels(text: str) -> list[str]:
    """The names of the speaker labels heading turns in `text`, at a line's start or after
    a sentence's end ("PHILLIPS : ...", "ANA VELL , CORRESPONDENT : ..."), headings and
    markers left out (`speaker_label`)."""
    return [
        " ".join(m["name"].split())
        for m in _TURN_ANYWHERE.finditer(text)
        if speaker_label(m["name"], text)
    ]
