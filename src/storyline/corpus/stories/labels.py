"""What a person sees of a story: a short title, its time span, outlets and size.

The title is the headline of the story's most central article (closest to the
centroid when it joined), else its first words; page furniture in front of it (a
byline, a time stamp, "Name | 18:00 UK time") is cut away, tokenised text
("world 's", "-LRB-") is written back as prose, and a title that is furniture
through and through ("You've selected the U.S. Edition") is not used: the story
then falls back to its heaviest entities and terms, which name the who and where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.corpus.stories.records import StoryState
from storyline.corpus.stories.titles import clean_title_text
from storyline.ingest.boilerplate import is_furniture_line

__all__ = ["MAX_TITLE_CHARS", "StoryLabel", "readable_title", "story_label"]

MAX_TITLE_CHARS = 100


@dataclass(frozen=True, slots=True)
class StoryLabel:
    id: str
    title: str
    start: str | None
    end: str | None
    outlets: tuple[str, ...]
    count: int
    top_terms: tuple[str, ...]
    top_entities: tuple[str, ...]
    central_article: str | None


def _top(weights: dict[str, float] | dict[str, int], n: int) -> tuple[str, ...]:
    return tuple(k for k, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


_PTB = (
    (re.compile(r"-LRB-\s?"), "("),
    (re.compile(r"\s?-RRB-"), ")"),
    (re.compile(r"-LSB-\s?"), "["),
    (re.compile(r"\s?-RSB-"), "]"),
    (re.compile(r"``\s?"), "“"),
    (re.compile(r"\s?''"), "”"),
    (re.compile(r"`\s?"), "‘"),
    (re.compile(r"\s'(?=\s|$)"), "’"),
    (re.compile(r"\s+(?=(?:'s|'re|'ve|'ll|'d|'m|n't)\b)"), ""),
    (re.compile(r"\s+(?=[,.;:!?%])"), ""),
    (re.compile(r"\\/"), "/"),
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”'])[.!?](?=\s+[A-Z“‘\"]|\s*$)")
_TITLE_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Prof|Dr|Gen|Sen|Rep|Gov|Col|Capt|Cpt|Maj|Lt|Sgt|Adm|Cmdr|Rev|Mr|Mrs|Ms|St|"
    r"Jr|Sr|Hon|Pres|Supt|Insp|Det|[A-Z])$"
)
"""A title or an initial before a full stop ("Prof.", "Dr.", "Gen.", "Sen.", "J."): it stands
before a name, it does not end a sentence."""


def readable_title(title: str) -> str:
    """A headline as a reader should see it, or "" when it is only page furniture."""
    text = " ".join(title.split())
    text = clean_title_text(text)
    if not text or is_furniture_line(text):
        return ""
    for pattern, replacement in _PTB:
        text = pattern.sub(replacement, text)
    for end in _SENTENCE_END.finditer(text):
        if end.start() < 20:
            continue
        # "Prof." or "Sen." before a name, or an initial, ends no sentence
        if _TITLE_ABBREVIATION.search(text[: end.start()]):
            continue
        text = text[: end.start() + 1]
        break
    if len(text) > MAX_TITLE_CHARS:
        text = text[: MAX_TITLE_CHARS - 3].rsplit(" ", 1)[0].rstrip(",;:") + "..."
    return text.strip()


def story_label(story: StoryState, *, terms: int = 6) -> StoryLabel:
    entities = _top(story.entities, 5)
    top_terms = _top(story.terms, terms)
    title = readable_title(story.title)
    if not title:
        title = ", ".join((entities or top_terms)[:4]) or "(untitled story)"
    return StoryLabel(
        id=story.id,
        title=title,
        start=story.start,
        end=story.end,
        outlets=_top(story.outlets, 10),
        count=story.count,
        top_terms=top_terms,
        top_entities=entities,
        central_article=story.central_id,
    )
