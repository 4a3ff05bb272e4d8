"""Timeline summarisation: which days matter in a story, and what happened on each, cited.

from storyline.corpus.timeline import TimelineOptions, build_timeline, render_timeline
timeline = build_timeline(articles, TimelineOptions(max_dates=10, sentences_per_date=2))
print(render_timeline(timeline, "md", {a.id: a for a in articles}))
"""

from storyline.corpus.timeline.build import Timeline, build_timeline, entry_from_lines
from storyline.corpus.timeline.candidates import DatedSentence, collect_candidates
from storyline.corpus.timeline.dates import DateScore, choose_days, rank_dates
from storyline.corpus.timeline.keywords import KeywordMatcher
from storyline.corpus.timeline.options import TimelineOptions
from storyline.corpus.timeline.render import Format, render_timeline, timeline_json
from storyline.corpus.timeline.summarize import (
    CentroidSummarizer,
    DaySummarizer,
    Rewriter,
    TimelineLine,
)

__all__ = [
    "CentroidSummarizer",
    "DateScore",
    "DatedSentence",
    "DaySummarizer",
    "Format",
    "KeywordMatcher",
    "Rewriter",
    "Timeline",
    "TimelineLine",
    "TimelineOptions",
    "build_timeline",
    "choose_days",
    "collect_candidates",
    "entry_from_lines",
    "rank_dates",
    "render_timeline",
    "timeline_json",
]
