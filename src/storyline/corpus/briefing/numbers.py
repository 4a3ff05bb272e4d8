"""The numbers a story's articles report, as briefing items (claims with their source).

The claim ledger decides what counts the same thing: each of its series (the
death toll; the fighters killed; money pledged by one donor) is one item of the
section, labelled by what it counts, so a sub-group's count is never listed as
if it were the toll. Figures the ledger does not line up (percentages,
increments, other categories) follow, grouped by category.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable

from storyline.corpus.briefing.citing import cite, cite_ledger
from storyline.corpus.briefing.clauses import relative_pronoun
from storyline.corpus.briefing.eventlist import is_undated_list
from storyline.corpus.briefing.headlines import before_body
from storyline.corpus.briefing.names import shown_source
from storyline.corpus.briefing.pagetext import in_page_text, inside_quotation
from storyline.corpus.briefing.records import NumberReport
from storyline.corpus.briefing.where import clause_place
from storyline.corpus.ledger import (
    ClaimSeries,
    Ledger,
    category_name,
    dated_earlier,
    series_label,
)
from storyline.corpus.ledger.counted import COUNTED, counted_unit
from storyline.corpus.ledger.inputs import article_names
from storyline.corpus.ledger.keys import location_key
from storyline.corpus.ledger.reported_figures import no_reported_figure
from storyline.corpus.ledger.sources import figure_source
from storyline.corpus.ledger.state import story_names
from storyline.model import Article, Claim

__all__ = [
    "CHANGE",
    "EARLIER",
    "ledger_numbers",
    "narrated",
    "number_reports",
    "numbers_by_category",
    "of_an_earlier_year",
    "once_per_article",
    "one_group_per_label",
    "said_of_what",
]

EARLIER = "earlier"
"""How a series' reports of an earlier event are labelled ("killed, earlier"): a sentence
dating itself years back ("the 2003 outbreak, which killed 800") or months back ("In
February, a gunman ... killing three", told in June) tells history, not the story's count
as of its article."""

CHANGE = "change"
"""How the figures that add to or take from a count are labelled ("killed, change": "two
more bodies were recovered", "rose by 12", "25 new cases"): the size of a change is not the
count's level, and listed under the count's own label it reads as the toll."""


def number_reports(article: Article) -> list[NumberReport]:
    """Every claim of an article as a report, dated by its as-of day or publication day."""
    return [_report(article, c) for c in article.claims]


def _report(article: Article, claim: Claim) -> NumberReport:
    """The claim as a report; a percentage says what it is a share of (`share_of`)."""
    as_of = claim.as_of or (article.published[:10] if article.published else None)
    return NumberReport(
        category=claim.category,
        value=claim.value,
        qualifier=claim.qualifier,
        unit=claim.unit,
        as_of=as_of,
        speaker=None
        if narrated(article, claim.start)
        else shown_source(figure_source(article, claim)),
        source=cite(article, claim.start, claim.end, claim.text),
        estimated=claim.certainty == "suspected",
        change=claim.change == "increment",
        share_of=share_of(claim) if claim.category == "percent" else None,
    )


_SHARE_OF = re.compile(r"(?:percent|per\s+cent|%)\s+(of\s+\S.*)$", re.IGNORECASE)


def narrated(article: Article, start: int) -> bool:
    """Whether the figure at `start` is told in a relative clause outside any quotation
    ("... estimate the bill, for the blast at the plant, which killed 11 workers, could run
    to $70bn"): the reporter's reminder of the event, not a figure the sentence's source
    gave, so the brief names no source for it. Inside a quotation the words are the
    speaker's, figure and all. A clause on a person ("Police said the gunman , who shot 12
    people , was 24") tells what that person did, often known only from the sentence's
    source: its figure keeps the source."""
    if relative_pronoun(article.text, start) not in ("which", "that"):
        return False
    k = bisect_right(article.sentences, start, key=lambda s: s.start) - 1
    begin = article.sentences[k].start if k >= 0 else max(0, start - 400)
    return not inside_quotation(article.text, begin, start)


def share_of(claim: Claim) -> str | None:
    """What a percentage claim is a share of, as its text writes it ("85 percent of the
    population" -> "of the population"), or None: "the economy shrank by 8 percent" names it
    only in words the brief does not show."""
    found = _SHARE_OF.search(" ".join(claim.text.split()))
    return found.group(1) if found else None


def numbers_by_category(
    reports: list[NumberReport],
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    """Reports grouped by what they count, the most reported category first."""
    groups: dict[str, list[NumberReport]] = defaultdict(list)
    for r in reports:
        groups[r.category].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "other", -len(kv[1]), kv[0]))
    return tuple(
        (category_name(category), tuple(sorted(items, key=lambda r: (r.as_of or "", r.value))))
        for category, items in ordered
    )


def _series_reports(
    series: ClaimSeries,
    published: dict[str, str | None],
    page: set[tuple[str, int]],
    by_id: dict[str, Article],
    *,
    past: bool = False,
) -> tuple[NumberReport, ...]:
    """The series' points of the story's own time (`past` False) or those whose sentence
    dates them to an earlier event (`past` True); never those read from page text (`page`:
    (article, start) of each). Each says the place its clause gives it when the series'
    label names no place or another one (`_where`, `_other_place`)."""
    return tuple(
        NumberReport(
            category=series.category,
            value=p.value,
            qualifier=p.qualifier,
            unit=counted_unit(series.unit or "") if series.category == COUNTED else series.unit,
            # an earlier value without a date of its own ("to $12m from $10m") is not of the
            # article's day
            as_of=p.as_of if p.past else p.as_of or _day(published.get(p.article)),
            speaker=None
            if p.article in by_id and narrated(by_id[p.article], p.start)
            else shown_source(p.speaker),
            source=cite_ledger(p, published.get(p.article)),
            estimated=p.measure == "estimated",
            where=_other_place(series, _where(by_id.get(p.article), p.start, p.text)),
        )
        for p in series.points
        if p.past == past and (p.article, p.start) not in page
    )


def once_per_article(
    groups: Iterable[tuple[str, tuple[NumberReport, ...]]],
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    """Each figure an article gives listed once across the section: the same count, value,
    qualifier and day stated twice in one article ("at least 5 killed" in its lead, again
    further down with who said it) is one report, where it is first listed: the statement naming
    its speaker when one does. Groups left empty are dropped; order is kept.

    A figure of another unit is another figure, whatever its value: "three crew tested
    positive" and "Velden confirmed three more cases" on one day are two reports, and the
    second, naming its speaker, must not be listed as the first."""
    listed: list[tuple[str, list[NumberReport]]] = []
    where: dict[tuple[str, str, float, str, str | None, str | None, bool], tuple[int, int]] = {}
    for label, items in groups:
        kept: list[NumberReport] = []
        listed.append((label, kept))
        for r in items:
            key = (r.source.article_id, r.category, r.value, r.qualifier, r.as_of, r.unit, r.change)
            if key not in where:
                where[key] = (len(listed) - 1, len(kept))
                kept.append(r)
                continue
            g, k = where[key]
            if listed[g][1][k].speaker is None and r.speaker is not None:
                listed[g][1][k] = r  # the statement naming who gave it, in the first's place
    return tuple((label, tuple(items)) for label, items in listed if items)


def _where(article: Article | None, start: int, text: str) -> str | None:
    """The place a figure's clause gives it (where.py), when its article is at hand and the
    figure is read from its current text (an earlier version's offsets point elsewhere)."""
    end = start + len(text)
    if article is None or article.text[start:end] != text:
        return None
    return clause_place(article, start, end)


def _other_place(series: ClaimSeries, where: str | None) -> str | None:
    """The place a figure's clause gives it, unless the series' label names that place: "two
    U.S. hikers jailed in Velmar" under "arrested: U.S. hikers, United States" says Velmar,
    where "killed: Velmar" needs no "in Velmar" on each line."""
    if where is None or series.unit not in (None, "people"):
        return None  # an amount's place ("cleaning up the leak in the Gulf cost $2bn") is
        # where it is spent, not what it counts
    if series.location is None:
        return where
    named = location_key(where.split(" ", 1)[1]) if " " in where else ""
    return None if named == location_key(series.location) else where


def _day(published: str | None) -> str | None:
    """A report without its own as-of date is dated by its article, as `number_reports` does."""
    return published[:10] if published else None


def _undatable(article: Article, start: int) -> bool:
    """A figure whose as-of day the brief cannot give: read from page text or the headlines
    before a dateline (headlines.py), or from an event list without its dates (eventlist.py),
    where the publication day is not when it held."""
    return in_page_text(article, start) or before_body(article, start) or is_undated_list(article)


_PERIOD_AFTER = re.compile(
    r"\s*(?:in|for|during|of)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|final|"
    r"whole|full|fiscal|financial|calendar|year|half|quarter|months?|weeks?|period|season)"
    r"\s+){0,3}(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"
)
"""The period a figure's own words close on, with its year ("$ 39bn loss in third quarter
2031", "a profit of $ 2bn for the first half of 2029"): only words of a period stand
between ("40,000 cars in sales in 2030" says what was sold, "in" a year it names later)."""
RESULTS_MONTHS = 3
"""How long into a year the year just ended is still the day's news: a company's or an
agency's figures for the whole of last year are reported in its first months."""


def of_an_earlier_year(article: Article, end: int) -> bool:
    """Whether the figure ending at `end` is dated, right after its own words, to a year
    before its article's ("... record losses: Vesta Bank : $ 39bn loss in third quarter
    2027"): a record or a comparison from another year, in a sidebar's list as in prose, no
    figure of the story as of its article's day, whichever source the sentence names. The
    year just ended, in an article of the first `RESULTS_MONTHS` months, is the year's
    results the article reports ("a loss of $ 2bn in 2030", told in January 2031)."""
    published = article.published_date
    m = _PERIOD_AFTER.match(article.text, end)
    if not (published and m):
        return False
    year = int(m["year"])
    just_ended = year == published.year - 1 and published.month <= RESULTS_MONTHS
    return year < published.year and not just_ended


def _story_names(articles: list[Article]) -> frozenset[str]:
    """The names most of the story's articles write (`story_names`'s `main`)."""
    counts = Counter(n for a in articles for n in article_names(a))
    return story_names(counts, len(articles)).main


def _elsewhere(series: ClaimSeries, main: frozenset[str]) -> bool:
    """Whether a series counts a place or a people the story is not about: its label names
    a place, or a people by a proper noun ("killed: Egyptians"), that most of the story's
    articles do not name. Such a count is shown after the story's own."""
    if not main:
        return False
    if series.location and location_key(series.location) not in main | {"world"}:
        return True
    words = (series.subject or "").split()
    named = bool(words) and words[-1][:1].isupper()
    return named and location_key(words[-1]) not in main


def _rank(series: ClaimSeries, main: frozenset[str]) -> int:
    """0 for the story's own counts, 1 for those of elsewhere (`_elsewhere`), 2 for an
    amount whose label says nothing of what it is ("money (USD)": a fine converted in
    brackets, a market's level): a reader can use neither of the last two alone."""
    if series.category == "money" and ":" not in series_label(series):
        return 2
    return 1 if _elsewhere(series, main) else 0


def ledger_numbers(
    articles: list[Article], ledger: Ledger
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    """The ledger's series, the story's own first (`_elsewhere`), most reported first, then
    the figures it does not line up."""
    published = {a.id: a.published for a in articles}
    main = _story_names(articles)
    series = sorted(
        ledger.series,
        key=lambda s: (_rank(s, main), -sum(not p.past for p in s.points), series_label(s)),
    )
    by_id = {a.id: a for a in articles}
    page = {
        (p.article, p.start)
        for s in ledger.series
        for p in s.points
        if p.article in by_id
        and (
            _undatable(by_id[p.article], p.start)
            or of_an_earlier_year(by_id[p.article], p.start + len(p.text))
        )
    }
    out = [(series_label(s), _series_reports(s, published, page, by_id)) for s in series]
    out = [(label, items) for label, items in out if items]
    lined_up = {(p.article, p.start) for s in ledger.series for p in s.points}
    rest = [
        _report(a, c)
        for a in articles
        for c in a.claims
        if (a.id, c.start) not in lined_up
        and c.category != "other"
        and c.change not in ("projection", "rate")  # "kills 36,000 a year": no count as of a day
        # "after two of the missing were found": no count of the missing (a share is a part)
        and not (c.change == "part" and c.category != "percent" and _OF_A_GROUP.search(c.text))
        and not _undatable(a, c.start)
        and not of_an_earlier_year(a, c.end)
        and not dated_earlier(a, c.start)  # "1918 : ... up to 40% were infected": history
        and not no_reported_figure(a, c)  # "infects two for every one case", "95% sure"
    ]
    counts = [r for r in rest if r.category != "percent"]
    out += list(numbers_by_category([r for r in counts if not r.change]))
    out += [
        (f"{label}, {CHANGE}", items)
        for label, items in numbers_by_category([r for r in counts if r.change])
    ]
    history = [
        (f"{series_label(s)}, {EARLIER}", _series_reports(s, published, page, by_id, past=True))
        for s in series
    ]
    out += [(label, items) for label, items in history if items]
    shares = [r for r in rest if r.category == "percent"]
    out += list(numbers_by_category(shares))  # last: a share is no count of the event
    return once_per_article(one_group_per_label(out))


_OF_A_GROUP = re.compile(
    r"\bof\s+(?:the|these|those|them|whom|us|its|their|his|her|our)\b", re.IGNORECASE
)
"""A part's own words naming the group it is taken from ("two of the missing", "three of
them"): a count of some of those counted elsewhere, no count of the group. Other parts ("10
soldiers and 5 civilians", "including 127 deaths") still count their own kind."""


def one_group_per_label(
    groups: Iterable[tuple[str, tuple[NumberReport, ...]]],
) -> list[tuple[str, tuple[NumberReport, ...]]]:
    """Groups of one label joined into the first of them: the ledger's series "killed" and
    the figures it does not line up, grouped by their category named "killed" too, are one
    kind to a reader, not two headings "killed:" on one page.

    A joined group is in date order, as each group is (a page shows a group's latest
    reports); on one day the first group's reports come last, so that a page still shows the
    ledger's series rather than the figures it left ("two more victims")."""
    joined: dict[str, list[NumberReport]] = {}
    repeated: set[str] = set()
    for label, items in groups:
        if label in joined:
            repeated.add(label)
            joined[label][:0] = items
        else:
            joined[label] = list(items)
    for label in repeated:
        joined[label].sort(key=lambda r: r.as_of or "")
    return [(label, tuple(items)) for label, items in joined.items()]


def said_of_what(
    groups: Iterable[tuple[str, tuple[NumberReport, ...]]],
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    """The groups a one-page brief shows: under the bare heading "percent", only the shares
    whose words say of what ("40 percent of the vote"). "11 percent", "27 percent" from three
    articles may be a stake, a premium and a turnout: listed together they read as one
    figure revised, and none can be checked alone. `--full` keeps them."""
    bare = category_name("percent")
    out = []
    for label, items in groups:
        if label == bare:
            items = tuple(r for r in items if r.share_of)
        if items:
            out.append((label, items))
    return tuple(out)
