"""One-page briefings: latest developments, who said what, the numbers, disagreements.

from storyline.corpus.briefing import build_briefing, render_briefing
print(render_briefing(build_briefing(articles, since=day), "md"))
"""

from storyline.corpus.briefing.build import build_briefing
from storyline.corpus.briefing.disagreements import find_disagreements
from storyline.corpus.briefing.records import (
    Briefing,
    BriefingLimits,
    Cited,
    Development,
    DisagreeingReport,
    Disagreement,
    NumberReport,
    SpeakerQuotes,
)
from storyline.corpus.briefing.render import BriefingFormat, render_briefing

__all__ = [
    "Briefing",
    "BriefingFormat",
    "BriefingLimits",
    "Cited",
    "Development",
    "DisagreeingReport",
    "Disagreement",
    "NumberReport",
    "SpeakerQuotes",
    "build_briefing",
    "find_disagreements",
    "render_briefing",
]
