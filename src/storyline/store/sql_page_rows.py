"""Page rows as records: the columns the page reads select and how a row becomes a record.

Shared by the story reads (`sql_story_pages.SqlStoryPages`) and the other page reads
(`sql_pages.SqlPageReads`), which select the same columns of articles, quotes, claims
and flags and must turn them into the same records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from storyline.model import Flag, Quote, Span, Speaker
from storyline.query.reads import Cursor
from storyline.query.records import ArticleRef, ArticleSummary

__all__ = [
    "CLAIM_COLUMNS",
    "NOT_NEWS_MEMBER",
    "QUOTE_COLUMNS",
    "REF",
    "SUMMARY",
    "flag_of",
    "quote_of",
    "ref_of",
    "summary_of",
]

REF = "a.id, a.title, a.outlet, a.published"
SUMMARY = f"a.rowid, {REF}, a.published_source, a.duplicate_of, sm.story_id"
NOT_NEWS_MEMBER = '%"not_news"%'
"""A membership's flags (JSON) holding "not_news": a related page of the story (a gallery,
an index, a form; corpus/stories/assign.py), never one of its articles; a parameter, so
the LIKE pattern's % signs need no escaping in either backend."""


def ref_of(row: Sequence[Any]) -> ArticleRef:
    return ArticleRef(id=str(row[0]), title=row[1], outlet=row[2], published=row[3])


def summary_of(row: Sequence[Any]) -> tuple[ArticleSummary, Cursor]:
    summary = ArticleSummary(
        id=str(row[1]),
        title=row[2],
        outlet=row[3],
        published=row[4],
        published_source=str(row[5]),
        duplicate_of=row[6],
        story_id=row[7],
    )
    return summary, (row[4], int(row[0]))


def quote_of(row: Sequence[Any]) -> Quote:
    """A Quote from (start, end, text, kind, cue, speaker text, start, end, canonical, named,
    resolution): the resolution says, among others, whether the quote states anything
    (`Quote.stated`), which every list a reader reads asks."""
    speaker = None
    if row[5] is not None:
        speaker = Speaker(row[5], row[6], row[7], row[8], bool(row[9]), row[10])
    return Quote(int(row[0]), int(row[1]), str(row[2]), row[3], row[4], speaker)


QUOTE_COLUMNS = (
    'q.start, q."end", q.text, q.kind, q.cue, q.speaker_text, q.speaker_start, '
    "q.speaker_end, q.speaker_canonical, q.speaker_named, q.speaker_resolution"
)
"""A quote's columns as stored: its text is '' when it is the article's slice (fill_spans)."""
CLAIM_COLUMNS = (
    'c.start, c."end", c.text, c.value, c.qualifier, c.unit, c.category, c.subject, '
    "c.location, c.as_of, c.speaker"
)
"""A claim's columns as stored, as `QUOTE_COLUMNS`."""


def flag_of(row: Sequence[Any]) -> Flag:
    """A Flag from (code, severity, message, evidence JSON)."""
    evidence = tuple(Span(int(s), int(e), str(t)) for s, e, t in json.loads(row[3] or "[]"))
    return Flag(str(row[0]), row[1], str(row[2]), evidence)
