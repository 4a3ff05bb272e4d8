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
about the text after it in fewer than half of them (`is_about`, held to the standard of a
repeated line: most of its words must recur). The versions of one report share their
headline and tell what it says: that headline stays. The line is removed from the articles
it opens (the body after it is kept whole); a line too short to judge (a date, a label)
stays. Only the articles' own words are compared: no names, outlets or phrases.
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

__all__ = [
    "MIN_REPEATS",
    "WINDOW",
    "is_recurring_furniture",
    "opening_of",
    "without_recurring_openings",
]

MIN_REPEATS = 3
"""Articles of one outlet a line must open before it is judged: two may share a headline by
chance (a follow-up under the same words), three in one read are a page's fixture."""
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


def _key(article: Article) -> tuple[str, str]:
    opening = opening_of(article).lower()
    digest = hashlib.blake2b(opening.encode("utf-8", "surrogatepass"), digest_size=8)
    return article.outlet or "", digest.hexdigest()


def is_recurring_furniture(line: str, rests: list[str]) -> bool:
    """Whether `line`, opening articles whose texts after it are `rests`, is page furniture:
    at least `MIN_REPEATS` articles, two or more different texts after it, and about fewer
    than half of them (a line too short to judge is about every text)."""
    from storyline.corpus.stories.title_evidence import ArticleWords, is_about

    if len(rests) < MIN_REPEATS or len(set(rests)) < 2:
        return False
    about = sum(1 for rest in rests if is_about(line, ArticleWords(rest), repeated=True))
    return 2 * about < len(rests)


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
    furniture: set[tuple[str, str]] = set()
    judged: set[tuple[str, str]] = set()

    def release() -> Article | InputError:
        item = held.popleft()
        if not isinstance(item, Article):
            return item
        key = _key(item)
        counts[key] -= 1
        if counts[key] <= 0:
            del counts[key]
        return _without_opening(item) if key in furniture else item

    for item in items:
        held.append(item)
        if isinstance(item, Article) and opening_of(item):
            key = _key(item)
            counts[key] += 1
            if counts[key] >= MIN_REPEATS and key not in judged:
                same = [a for a in held if isinstance(a, Article) and _key(a) == key]
                if is_recurring_furniture(opening_of(item), [_rest(a) for a in same]):
                    furniture.add(key)
                    judged.add(key)
                elif len({_rest(a) for a in same}) >= MIN_REPEATS:
                    judged.add(key)  # told apart on enough different texts: settled
        if len(held) > window:
            yield release()
    while held:
        yield release()
