"""Pages whose sentences are not the news of their day: an event list without its dates, a
broadcast transcript (is_transcript).

A chronology whose date headings did not survive extraction reads "Construction
begins on the rig. The rig is delivered. Explosion and fire on the rig. ..." (events
years apart, none with a date of its own). The timeline dates the undated opening
sentences of an article by its publication day (timeline/candidates.py: news leads
report the day's events), so such a page would show its oldest entries as the
latest developments. A long page that dates almost none of its sentences is not a
news report: a news text of that length keeps naming its days ("on Tuesday", "last
month"). Its sentences are left out of the developments altogether: even those that
carry a date are no better, as the anaphoric ones ("on the same day", "a week later")
are read from the publication day once the headings they pointed to are gone.
"""

from __future__ import annotations

import re

from storyline.ingest.turns import TURN_LABEL, speaker_label
from storyline.model import Article

__all__ = [
    "MAX_DATED_SHARE",
    "MAX_FIRST_PERSON_SHARE",
    "MIN_SENTENCES",
    "MIN_TURNS",
    "is_transcript",
    "is_undated_list",
    "without_undated_lists",
]

MIN_SENTENCES = 60
"""Sentences a page needs before a missing date says something: a report, a statement or a
policy paper of a few dozen sentences may not name a day at all and still be the news of
the day it was published."""
MAX_FIRST_PERSON_SHARE = 0.1
"""A page that speaks in the first person this often ("we have taken measures") argues or
tells: an essay, a statement, a speech, the news of the day it was given, not a list."""
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b")
MIN_TURNS = 3
"""Labelled turns that make a transcript: one "NAME:" line may be a caption or a quote."""
MAX_DATED_SHARE = 0.05
"""At most this share of its sentences dated by their own words (one in twenty)."""


def is_undated_list(article: Article) -> bool:
    """Whether the article is long, almost none of its sentences carries its own date and
    it seldom speaks in the first person."""
    n = len(article.sentences)
    if n < MIN_SENTENCES:
        return False
    dated = sum(1 for s in article.sentences if s.date_source == "timex")
    if dated >= MAX_DATED_SHARE * n:
        return False
    spoken = sum(1 for s in article.sentences if _FIRST_PERSON.search(article.text, s.start, s.end))
    return spoken < MAX_FIRST_PERSON_SHARE * n


def is_transcript(article: Article) -> bool:
    """Whether the article is a broadcast transcript: at least MIN_TURNS lines open with a
    speaker's label ("ANA RUIZ, HOST:", "RUIZ:"), two speakers at least, one of them named
    in full (a live page's repeated "NEW:" or "UPDATE:" is no conversation). Its lines are
    turns of talk on air (a presenter's "Then, a unique insight into ..."), shown under
    their speakers, not events reported on a day."""
    labels = [
        m["name"]
        for m in TURN_LABEL.finditer(article.text)
        if speaker_label(m["name"], article.text)  # "THE END :" is a heading
    ]
    named = any(" " in label for label in labels)  # a full name, not "NEW:" or "UPDATE:"
    return len(labels) >= MIN_TURNS and len(set(labels)) >= 2 and named


def without_undated_lists(pool: list[Article]) -> list[Article]:
    """The articles that are neither undated lists nor transcripts."""
    return [a for a in pool if not is_undated_list(a) and not is_transcript(a)]
