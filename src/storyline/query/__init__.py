"""Page-level queries: what each page of the web UI shows, as typed records.

The web pages, their JSON twins under /api and (in time) the CLI call these
functions, so every view of a story, an article or an entity is computed once,
the same way. They take a `Storyline` engine and return the records of
`storyline.query.records`; a bad parameter raises `QueryError`, an unknown id
returns None.
"""

from storyline.query.articles import article_list, article_page, article_view
from storyline.query.claims import article_claims, story_claims
from storyline.query.entities import entity_list, entity_page
from storyline.query.flags import article_flags, flag_list, story_flags
from storyline.query.home import home_page
from storyline.query.params import QueryError
from storyline.query.quotes import speaker_quotes, story_quotes
from storyline.query.reads import ArticleWhere, FlagWhere, PageReads
from storyline.query.search import search_page
from storyline.query.stories import story_list, story_page
from storyline.query.story_parts import story_parts, story_timeline

__all__ = [
    "ArticleWhere",
    "FlagWhere",
    "PageReads",
    "QueryError",
    "article_claims",
    "article_flags",
    "article_list",
    "article_page",
    "article_view",
    "entity_list",
    "entity_page",
    "flag_list",
    "home_page",
    "search_page",
    "speaker_quotes",
    "story_claims",
    "story_flags",
    "story_list",
    "story_page",
    "story_parts",
    "story_quotes",
    "story_timeline",
]
