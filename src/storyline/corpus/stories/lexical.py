"""The order-free part of story assignment, computed where the article is analysed.

Assignment compares an article's words, names and entities with the stories held
so far; only that comparison depends on the order in which articles arrive.
Reading the words, names and entity counts out of an analysed article does not,
so an ingest runs it beside the analysis (`WithLexical`), in the executor's
workers, and the driver, which assigns in input order, only compares. The values
are exactly those assignment computes itself when it is given none, so where
they were computed never changes a story.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from storyline.analyze.quotes.comments import comment_section_start
from storyline.corpus.stories.terms import article_names, article_terms
from storyline.model import Article

__all__ = ["Analysed", "Lexical", "WithLexical", "article_lexical"]


@dataclass(frozen=True, slots=True)
class Lexical:
    """An article's weighted words, its names and years, and its canonical entity counts;
    and, when a worker read them, whether it is a page that is not news.

    `not_news` is `is_not_news(article)` (ingest/pages.py), which assignment asks twice of
    every article and which reads the whole text when the article carries no flag (every
    news article): read once in the worker, the driver only looks it up. None: not read
    (assignment then reads it itself)."""

    terms: dict[str, float]
    names: dict[str, float]
    entities: dict[str, int]
    not_news: bool | None = None


def article_lexical(article: Article) -> Lexical:
    """What assignment reads from an article's title, text and entity mentions. Names
    inside the page's readers' comments (`comment_section_start`) are not counted: a
    reader's joke or handle is none of the story's entities, and a long thread would rank
    its characters among the story's top names."""
    text = f"{article.title or ''}\n{article.text}"
    comments = comment_section_start(article.text)
    entities: dict[str, int] = {}
    for mention in article.entities:
        if comments is not None and mention.start >= comments:
            continue
        if mention.canonical:
            entities[mention.canonical] = entities.get(mention.canonical, 0) + 1
    return Lexical(article_terms(text), article_names(text), entities)


@dataclass(frozen=True, slots=True)
class Analysed:
    """An analysed article and its lexical evidence, as a worker hands them back."""

    article: Article
    lexical: Lexical


class WithLexical:
    """A per-article function (the pipeline's run) followed by the result's lexical evidence.

    Picklable when the function is (a pipeline's bound `run` is): the process pool
    and Dask install it once per worker. Build it once and pass the same object
    each time, so an executor sees one function and installs it once.
    """

    def __init__(self, run: Callable[[Article], Article]) -> None:
        self.run = run

    def __call__(self, article: Article) -> Analysed:
        from storyline.ingest.pages import is_not_news

        analysed = self.run(article)
        found = article_lexical(analysed)
        return Analysed(analysed, replace(found, not_news=is_not_news(analysed)))
