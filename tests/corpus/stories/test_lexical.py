"""The order-free part of assignment, computed beside the analysis (in a worker).

What a worker hands back must be exactly what assignment computes itself, so the
stories of a run never depend on where the words and names were read.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from dataclasses import replace

from story_texts import FLOOD, MARKET

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner, StoryRepository
from storyline.corpus.stories.lexical import Analysed, WithLexical, article_lexical
from storyline.ingest.pages import NOT_NEWS_FLAG
from storyline.model import Article, EntityMention, Flag

DIM = 384


def _mentioned(article: Article) -> Article:
    """The article with entity mentions as the pipeline would add them (two canonical)."""
    mentions = (
        EntityMention(0, 4, "Alma", "PERSON", canonical="Alma Reyes"),
        EntityMention(10, 14, "Alma", "PERSON", canonical="Alma Reyes"),
        EntityMention(20, 26, "Tobruk", "GPE"),
    )
    return Article(
        id=article.id,
        text=article.text,
        title=article.title,
        published=article.published,
        content_hash=article.content_hash,
        entities=mentions,
    )


def test_lexical_reads_title_text_and_canonical_entities() -> None:
    article = _mentioned(
        Article(id="a", text="Rain fell on Almsbury in 2024 and Almsbury flooded.", title="Flood")
    )
    found = article_lexical(article)
    assert found.entities == {"Alma Reyes": 2}  # a mention without a canonical name is not counted
    assert "almsbury" in found.names and "2024" in found.names
    assert "flood" in found.terms and "almsbury" in found.terms
    assert "and" not in found.terms  # a stopword


def test_with_lexical_runs_the_function_then_reads_its_result() -> None:
    def analyse(article: Article) -> Article:
        return _mentioned(article)

    analysed = WithLexical(analyse)(Article(id="a", text=MARKET, title="Markets"))
    assert isinstance(analysed, Analysed)
    assert analysed.article.entities  # the function's result, not the input
    assert analysed.lexical == replace(article_lexical(analysed.article), not_news=False)


def test_with_lexical_says_whether_the_result_is_a_page_that_is_not_news() -> None:
    """Read once in the worker: assignment asks it of every article twice."""
    wrapped = WithLexical(article_lexical_identity)
    assert wrapped(Article(id="n", text=MARKET)).lexical.not_news is False
    assert wrapped(_page("p")).lexical.not_news is True
    assert article_lexical(_page("p")).not_news is None  # not read: assignment reads it


def _page(article_id: str, published: str = "2024-03-02") -> Article:
    """A reader form of our own, flagged as ingest flags a page that is not news."""
    text = (
        "Tell us about the floods in Almsbury.\nShare your photos with us.\n"
        "Send us your story and your name.\nYou can reach our desk any day."
    )
    flag = Flag(code=NOT_NEWS_FLAG, severity="info", message="not a news article")
    return Article(id=article_id, text=text, published=published, flags=(flag,))


def test_with_lexical_of_a_picklable_function_pickles() -> None:
    wrapped = WithLexical(article_lexical_identity)
    copy = pickle.loads(pickle.dumps(wrapped))
    article = Article(id="a", text=FLOOD.format(day="Monday"))
    assert copy(article) == wrapped(article)


def article_lexical_identity(article: Article) -> Article:
    return article


def test_assignment_given_the_lexical_evidence_equals_assignment_computing_it() -> None:
    texts = [
        ("a", FLOOD.format(day="Monday"), "2024-03-01", "Floods hit Almsbury"),
        ("b", FLOOD.format(day="Tuesday"), "2024-03-02", None),
        ("c", MARKET, "2024-03-02", "Markets fall"),
        ("d", FLOOD.format(day="Wednesday"), "2024-03-03", None),
    ]
    articles = [
        _mentioned(Article(id=i, text=t, published=p, title=title, content_hash=i + "h"))
        for i, t, p, title in texts
    ]
    articles.insert(2, _page("p"))  # a related page among them: placed alike too
    plain = StoryAssigner(InMemoryStoryRepository(), HashingEmbedder(DIM), dim=DIM)
    given = StoryAssigner(InMemoryStoryRepository(), HashingEmbedder(DIM), dim=DIM)
    worker = WithLexical(article_lexical_identity)
    for article in articles:
        assert given.assign(article, worker(article).lexical) == plain.assign(article)
    for article in articles:
        held = [_story_of(assigner.repository, article.id) for assigner in (plain, given)]
        assert held[0] == held[1]
    assert "not_news" in plain.assign(articles[2]).flags


def test_assignment_takes_the_workers_word_on_a_page_that_is_not_news() -> None:
    """The driver looks the answer up, never reads the text again: a news article a
    worker called a page is placed as a related page (a story of no articles)."""
    assigner = StoryAssigner(InMemoryStoryRepository(), HashingEmbedder(DIM), dim=DIM)
    article = Article(id="a", text=FLOOD.format(day="Monday"), published="2024-03-01")
    lexical = replace(article_lexical(article), not_news=True)
    placed = assigner.assign(article, lexical)
    assert "not_news" in placed.flags
    story = assigner.repository.get_story(placed.story_id)
    assert story is not None and story.count == 0


def _story_of(repository: StoryRepository, article_id: str) -> tuple[object, ...]:
    """What the story an article is in holds of its words, names and entities."""
    member = repository.membership(article_id)
    assert member is not None
    story = repository.get_story(repository.resolve(member.story_id))
    assert story is not None
    return (story.id, story.terms, story.names, story.entities)


def test_a_worker_reading_lexical_evidence_does_not_import_the_assigner() -> None:
    """The workers import lexical.py; the assigner, its index library and the repositories
    (about 50 MB a process) stay in the driver."""
    code = (
        "import sys, storyline.corpus.stories.lexical; "
        "print(sorted(m for m in ('storyline.corpus.stories.assign', 'usearch') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_names_inside_readers_comments_are_not_counted() -> None:
    text = (
        "Alma Reyes opened the dam at Tobruk.\n"
        "Posted by rivertom on May 2 , 2011 11:01 PM\nBarlo told Quist a joke.\n"
        "Posted by vell on May 2 , 2011 11:05 PM\nQuist laughed.\n"
    )
    at = text.index
    mentions = (
        EntityMention(0, 10, "Alma Reyes", "PERSON", canonical="Alma Reyes"),
        EntityMention(at("Barlo"), at("Barlo") + 5, "Barlo", "PERSON", canonical="Barlo"),
        EntityMention(at("Quist"), at("Quist") + 5, "Quist", "PERSON", canonical="Quist"),
    )
    found = article_lexical(Article(id="c", text=text, entities=mentions))
    assert found.entities == {"Alma Reyes": 1}


def test_names_under_a_single_byline_mark_are_counted() -> None:
    text = "Posted by Alma Reyes\nQuist opened the dam at Tobruk.\n"
    mentions = (EntityMention(21, 26, "Quist", "PERSON", canonical="Quist"),)
    found = article_lexical(Article(id="d", text=text, entities=mentions))
    assert found.entities == {"Quist": 1}
