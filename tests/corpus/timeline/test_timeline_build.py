from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from storyline.corpus.timeline import (
    DateScore,
    TimelineLine,
    TimelineOptions,
    build_timeline,
    collect_candidates,
    rank_dates,
)
from storyline.corpus.timeline.candidates import DatedSentence
from storyline.model import Article, Sentence, Timex


def test_demo_timeline_covers_the_four_days(demo_articles: list[Article]) -> None:
    result = build_timeline(demo_articles, TimelineOptions(max_dates=8, sentences_per_date=2))
    dates = [e.date for e in result.entries]
    for day in ("2024-03-19", "2024-03-20", "2024-03-21", "2024-03-22"):
        assert day in dates
    assert dates == sorted(dates)
    known = {a.id: a for a in demo_articles}
    for entry in result.entries:
        assert 1 <= len(entry.sentences) <= 2
        assert entry.article_ids
        for article_id, start, end in entry.spans:
            assert article_id in entry.article_ids
            source = " ".join(known[article_id].text[start:end].split())
            assert source in entry.sentences


def test_demo_timeline_respects_range_and_count(demo_articles: list[Article]) -> None:
    options = TimelineOptions(
        max_dates=2, sentences_per_date=1, start=dt.date(2024, 3, 20), end=dt.date(2024, 3, 21)
    )
    result = build_timeline(demo_articles, options)
    assert [e.date for e in result.entries] == ["2024-03-20", "2024-03-21"]
    assert all(len(e.sentences) == 1 for e in result.entries)


def test_keywords_that_match_nothing_are_reported_not_fatal(demo_articles: list[Article]) -> None:
    options = TimelineOptions(max_dates=3, keywords=("zebrafish", "Rafah"))
    result = build_timeline(demo_articles, options)
    assert result.entries
    assert any("zebrafish" in n for n in result.notes)


def test_keywords_filter_articles_when_they_can_fill_the_timeline(
    demo_articles: list[Article],
) -> None:
    term = "blinken"
    with_term = {a.id for a in demo_articles if term in a.text.lower()}
    assert 0 < len(with_term) < len(demo_articles)
    result = build_timeline(demo_articles, TimelineOptions(max_dates=2, keywords=("Blinken",)))
    cited = {a for e in result.entries for a in e.article_ids}
    assert cited and cited <= with_term
    assert not result.notes


def test_keywords_too_few_for_the_timeline_become_a_hint(demo_articles: list[Article]) -> None:
    # the matching articles cannot give ten days: the whole collection is summarised
    result = build_timeline(demo_articles, TimelineOptions(max_dates=10, keywords=("Blinken",)))
    cited = {a for e in result.entries for a in e.article_ids}
    with_term = {a.id for a in demo_articles if "blinken" in a.text.lower()}
    assert cited - with_term
    assert any("match only" in n for n in result.notes)


def test_one_article_story(demo_articles: list[Article]) -> None:
    result = build_timeline(demo_articles[:1], TimelineOptions(max_dates=5))
    assert result.entries
    assert {a for e in result.entries for a in e.article_ids} == {demo_articles[0].id}


def test_empty_and_unanalysed_input_give_notes() -> None:
    assert build_timeline([]).notes == ("no articles to build a timeline from",)
    raw = Article(id="x", text="Something happened on Monday.", published="2024-01-02")
    result = build_timeline([raw])
    assert result.entries == ()
    assert "sentences" in result.notes[0]


def test_all_undated_gives_a_clear_message() -> None:
    undated = [
        Article(id=f"u{i}", text="A quiet report.", sentences=(Sentence(0, 15),)) for i in range(3)
    ]
    result = build_timeline(undated)
    assert result.entries == ()
    assert "no publication date" in result.notes[0]


def test_range_with_no_material_says_so(demo_articles: list[Article]) -> None:
    options = TimelineOptions(start=dt.date(1990, 1, 1), end=dt.date(1990, 1, 2))
    result = build_timeline(demo_articles, options)
    assert result.entries == ()
    assert "between 1990-01-01" in result.notes[0]


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="max_dates"):
        TimelineOptions(max_dates=0)
    with pytest.raises(ValueError, match="after end"):
        TimelineOptions(start=dt.date(2024, 2, 1), end=dt.date(2024, 1, 1))


def _synthetic(n: int) -> list[Article]:
    """n small analysed articles over 60 days; every fifth names day 10 ("the attack")."""
    out = []
    base = dt.date(2020, 1, 1)
    for i in range(n):
        day = base + dt.timedelta(days=i % 60)
        s1 = f"Officials in region {i % 17} reported new damage to roads and bridges today."
        s2 = "The attack on January 11 destroyed the main power station near the harbour."
        text = f"{s1} {s2}" if i % 5 == 0 else s1
        sentences = [Sentence(0, len(s1))]
        timexes = []
        if i % 5 == 0:
            sentences.append(Sentence(len(s1) + 1, len(text)))
            at = text.index("January 11")
            timexes.append(Timex(at, at + 10, "January 11", "DATE", "2020-01-11"))
        out.append(
            Article(
                id=f"s{i}",
                text=text,
                published=day.isoformat(),
                sentences=tuple(sentences),
                timexes=tuple(timexes),
            )
        )
    return out


def test_five_thousand_articles_rank_referred_days_first() -> None:
    articles = _synthetic(5000)
    result = build_timeline(articles, TimelineOptions(max_dates=5, sentences_per_date=1))
    assert len(result.entries) == 5
    assert "2020-01-11" in [e.date for e in result.entries]
    attack = next(e for e in result.entries if e.date == "2020-01-11")
    assert "power station" in attack.sentences[0]
    assert len(attack.article_ids) > 100  # the repeated sentence cites every copy


def test_rank_dates_prefers_days_referred_to() -> None:
    ranked = rank_dates(collect_candidates(_synthetic(300)))
    assert isinstance(ranked[0], DateScore)
    assert ranked[0].day == dt.date(2020, 1, 11)
    assert ranked[0].referring_articles == 60
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)


class _Upper:
    """A stand-in abstractive step: rewrites lines and keeps their sources."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, day: dt.date, lines: Sequence[TimelineLine], n: int) -> list[TimelineLine]:
        self.calls += 1
        return [TimelineLine(line.text.upper(), line.sources) for line in list(lines)[:n]]


def test_rewriter_hook_is_off_by_default_and_pluggable(demo_articles: list[Article]) -> None:
    plain = build_timeline(demo_articles, TimelineOptions(max_dates=2, sentences_per_date=1))
    assert all(s != s.upper() for e in plain.entries for s in e.sentences)
    rewriter = _Upper()
    rewritten = build_timeline(
        demo_articles, TimelineOptions(max_dates=2, sentences_per_date=1), rewriter=rewriter
    )
    assert rewriter.calls == len(rewritten.entries) == 2
    assert all(s == s.upper() for e in rewritten.entries for s in e.sentences)
    assert all(e.spans for e in rewritten.entries)


def test_custom_summarizer_replaces_the_extractive_one(demo_articles: list[Article]) -> None:
    def first(day: dt.date, candidates: Sequence[DatedSentence], n: int) -> list[TimelineLine]:
        return [TimelineLine(c.text, (c,)) for c in list(candidates)[:n]]

    result = build_timeline(demo_articles, TimelineOptions(max_dates=3), summarizer=first)
    assert len(result.entries) == 3


def test_newest_keeps_the_latest_days_with_news() -> None:
    articles = _synthetic(60)  # day 10 is the one every fifth article names
    best = build_timeline(articles, TimelineOptions(max_dates=3, sentences_per_date=1))
    newest = build_timeline(
        articles, TimelineOptions(max_dates=3, sentences_per_date=1, newest=True)
    )
    assert "2020-01-11" in [e.date for e in best.entries]
    assert [e.date for e in newest.entries] == ["2020-02-27", "2020-02-28", "2020-02-29"]


def _recalling(n: int, recalled: int) -> list[Article]:
    """n articles from 2031-03-02 on, each naming the flood of 2031-03-01 that starts the
    story; the first `recalled` also recall a 1998 flood (background)."""
    out = []
    for i in range(n):
        s1 = "The flood of March 1 destroyed the Ossery weir and closed the river port."
        s2 = "A flood on May 3, 1998, had closed the port for a month."
        text = f"{s1} {s2}" if i < recalled else s1
        at = text.index("March 1")
        timexes = [Timex(at, at + 7, "March 1", "DATE", "2031-03-01")]
        sentences = [Sentence(0, len(s1))]
        if i < recalled:
            sentences.append(Sentence(len(s1) + 1, len(text)))
            at = text.index("May 3, 1998")
            timexes.append(Timex(at, at + 11, "May 3, 1998", "DATE", "1998-05-03"))
        out.append(
            Article(
                id=f"f{i}",
                text=text,
                published=(dt.date(2031, 3, 2) + dt.timedelta(days=i)).isoformat(),
                sentences=tuple(sentences),
                timexes=tuple(timexes),
            )
        )
    return out


def test_a_day_of_history_one_article_recalls_is_left_out_of_the_story() -> None:
    result = build_timeline(_recalling(40, 1), TimelineOptions(max_dates=5))
    dates = [e.date for e in result.entries]
    assert "2031-03-01" in dates  # the day the story starts from, named by every report
    assert "1998-05-03" not in dates
    # an explicit start shows whatever it asks for
    asked = build_timeline(
        _recalling(40, 1), TimelineOptions(max_dates=5, start=dt.date(1990, 1, 1))
    )
    assert "1998-05-03" in [e.date for e in asked.entries]


def test_a_day_before_the_story_that_many_reports_name_stays() -> None:
    result = build_timeline(_recalling(40, 10), TimelineOptions(max_dates=5))
    assert "1998-05-03" in [e.date for e in result.entries]
