"""A line that opens several articles of one outlet in one ingest: the page's, not the story's.

A crawl of an outlet's pages flattens the page's own links into the text: a "trending" or
"most popular" line naming another story opens every article the outlet published that
day ("2 men charged in ... ." above reports on a protest abroad). Read as each article's
first sentence it titles the story, gives the brief its numbers ("charged: 2 people") and
its speakers. One article alone cannot tell it from a lead; the articles read with it can:
the same line, word for word, opens several articles of the outlet that then go on to tell
different things, and its words stay away from what they tell.

So, within a window of the articles one ingest reads, a first line (or a title) is page
furniture when it opens `MIN_REPEATS` articles of one outlet or more, the texts after it
differ (copies of one article are the near-duplicate check's, not furniture), and it is
about none of the text after it in `MIN_ASTRAY` of them (`is_about`, held to the standard
of a repeated line: a name it names, or most of its words, must recur). The versions of
one report share their headline and tell what it says: that headline stays. The line is
removed from the articles it opens (the body after it is kept whole); a line too short to
judge (a date, a label) stays. Only the articles' own words are compared: no names,
outlets or phrases.
"""

from __future__ import annotations

import hashlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from storyline.errors import InputError
from storyline.ingest.identity import content_hash
from storyline.ingest.pages import NOT_NEWS_FLAG, not_news_flag
from storyline.model import Article
from storyline.text.line_words import ArticleWords, is_about

__all__ = [
    "MIN_ASTRAY",
    "MIN_REPEATS",
    "WINDOW",
    "opening_of",
    "without_recurring_openings",
]

MIN_REPEATS = 3
"""Articles of one outlet a line must open before it is judged: two may share a headline by
chance (a follow-up under the same words), three in one read are a page's fixture."""
MIN_ASTRAY = 2
"""Articles a recurring line must be about none of: one may be a report that merely leaves
its headline's words out; a second is no chance. The versions of one report all tell what
their shared headline says."""
WINDOW = 256
"""Articles read ahead (and held) to count a line: an outlet's daily furniture opens
articles read close together; more would hold more texts in memory."""


def opening_of(article: Article) -> str:
    """The line an article opens with: its title when it has one (a headline set as the
    body's first line is split off as the title at ingest), else its first non-blank line,
    whitespace collapsed."""
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    first = next((line for line in article.text.splitlines() if line.strip()), "")
    return " ".join(first.split())


def _rest(article: Article) -> str:
    """The article's text after its opening line (all of it when the title is the opening)."""
    if article.title and article.title.strip():
        return article.text
    lines = article.text.lstrip().split("\n", 1)
    return lines[1].strip() if len(lines) > 1 else ""


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _key(article: Article) -> tuple[str, str]:
    return article.outlet or "", _digest(opening_of(article).lower())


def _about(line: str, rest: str) -> bool:
    """Whether `line` is about `rest`, held to the standard of a line that opens other
    articles too (`is_about`: most of its words recur, or a name it names)."""
    return is_about(line, ArticleWords(rest), repeated=True)


def _without_opening(article: Article) -> Article:
    """`article` with its opening line (or title) removed, its hash and page flag read again
    on the text that stays."""
    if article.title and article.title.strip():
        return replace(article, title=None)
    text = _rest(article)
    if not text:
        return article
    flags = tuple(f for f in article.flags if f.code != NOT_NEWS_FLAG)
    page = not_news_flag(text)
    return replace(
        article,
        text=text,
        content_hash=content_hash(text),
        flags=(*flags, page) if page is not None else flags,
    )


def without_recurring_openings(
    items: Iterable[Article | InputError], *, window: int = WINDOW
) -> Iterator[Article | InputError]:
    """`items` in their order, each Article whose opening line is page furniture (see the
    module) without it; anything else passed through. Up to `window` items are held to
    count the lines ahead; an unreadable item (InputError) passes as it came."""
    held: deque[Article | InputError] = deque()
    counts: Counter[tuple[str, str]] = Counter()
    astray: Counter[tuple[str, str]] = Counter()
    texts: dict[tuple[str, str], set[str]] = {}
    furniture: set[tuple[str, str]] = set()

    def release() -> Article | InputError:
        item = held.popleft()
        if not isinstance(item, Article) or not opening_of(item):
            return item
        key = _key(item)
        counts[key] -= 1
        if counts[key] <= 0:
            for seen in (counts, astray):
                seen.pop(key, None)
            texts.pop(key, None)
        return _without_opening(item) if key in furniture else item

    for item in items:
        held.append(item)
        if isinstance(item, Article) and opening_of(item):
            key = _key(item)
            counts[key] += 1
            texts.setdefault(key, set()).add(_digest(_rest(item)))
            # each article is read against the line once, as it comes in
            fresh = key not in furniture
            if fresh and counts[key] > 1 and not _about(opening_of(item), _rest(item)):
                astray[key] += 1
            if fresh and counts[key] == 2:
                first = next(a for a in held if isinstance(a, Article) and _key(a) == key)
                if first is not item and not _about(opening_of(first), _rest(first)):
                    astray[key] += 1
            if counts[key] >= MIN_REPEATS and len(texts[key]) >= 2 and astray[key] >= MIN_ASTRAY:
                furniture.add(key)
        if len(held) > window:
            yield release()
    while held:
        yield release()
