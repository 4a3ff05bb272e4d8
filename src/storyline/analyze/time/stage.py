"""The "time" stage: fill `Article.timexes` and give every sentence its event date.

A sentence's date is its own explicit or anchored DATE/TIME expression of day,
month or year granularity (the most precise one, the first on ties) that is
not a bound, comparison or deadline ("since 1997", "from a year earlier",
"by 2012": see roles.py), else the publication date, else none;
`date_source` says which, so timelines can weigh a date the text states above
one inherited from the byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.time.roles import is_reference_point
from storyline.analyze.time.tagger import tag_timexes
from storyline.analyze.time.values import calendar_date
from storyline.model import Article, Sentence, Timex

__all__ = ["TimeStage", "sentence_dates"]


def _sentence_date(text: str, timexes: Sequence[Timex]) -> str | None:
    best: str | None = None
    for t in timexes:
        if t.type not in ("DATE", "TIME") or is_reference_point(text, t.start, t.end):
            continue
        date = calendar_date(t.value)
        if date and (best is None or len(date) > len(best)):
            best = date
    return best


def sentence_dates(
    text: str, sentences: Sequence[Sentence], timexes: Sequence[Timex], published: str | None
) -> tuple[Sentence, ...]:
    """Each sentence with its event date and where that date came from."""
    out: list[Sentence] = []
    j = 0
    ordered = sorted(timexes, key=lambda t: t.start)
    for s in sentences:
        while j < len(ordered) and ordered[j].start < s.start:
            j += 1
        k, inside = j, []
        while k < len(ordered) and ordered[k].start < s.end:
            inside.append(ordered[k])
            k += 1
        own = _sentence_date(text, inside)
        if own is not None:
            out.append(replace(s, date=own, date_source="timex"))
        elif published:
            out.append(replace(s, date=published, date_source="published"))
        else:
            out.append(replace(s, date=None, date_source="none"))
    return tuple(out)


class TimeStage:
    """Temporal tagging anchored on the article's publication date."""

    name = "time"
    requires = frozenset({"sentences"})
    assigns = frozenset({"timexes", "sentences"})

    def __call__(self, article: Article) -> Article:
        dct = article.published_date
        bounds = [(s.start, s.end) for s in article.sentences]
        # The entities stage may have left a tagged spaCy Doc: reuse its POS tags for tenses.
        doc = article.scratch.get("doc")
        timexes = tuple(tag_timexes(article.text, dct, bounds or None, doc=doc))
        published = dct.isoformat() if dct else None
        sentences = sentence_dates(article.text, article.sentences, timexes, published)
        return replace(article, timexes=timexes, sentences=sentences)
