"""One-page briefings: latest developments, who said what, the numbers, disagreements.

from storyline.corpus.briefing import build_briefing, render_briefing
print(render_briefing(build_briefing(articles, since=day), "md"))
"""

from storyline.corpus.briefing.build import (
    Briefing,
    Cited,
    Development,
    Disagreement,
    NumberReport,
    SpeakerQuotes,
    build_briefing,
)
from storyline.corpus.briefing.render import BriefingFormat, render_briefing

__all__ = [
    "Briefing",
    "BriefingFormat",
    "Cited",
    "Development",
    "Disagreement",
    "NumberReport",
    "SpeakerQuotes",
    "build_briefing",
    "render_briefing",
]
