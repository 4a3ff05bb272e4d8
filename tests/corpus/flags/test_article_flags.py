"""Flags an article earns on its own and from its story, on short articles written for the tests."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.flags import outlet_summary, review_articles, style_features
from storyline.model import Article, Flag


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def run(pipeline: Pipeline, text: str, published: str | None = "2031-09-02", **kw: str) -> Article:
    return pipeline.run(Article(id=kw.pop("id", "a"), text=text, published=published, **kw))


def codes(flags: tuple[Flag, ...] | list[Flag]) -> list[str]:
    return [f.code for f in flags]


WELL_SOURCED = (
    "Harbour master Lena Ostrova said on Tuesday that 14 fishing boats had sunk in the storm. "
    '"We lost boats that had worked this coast for forty years," Ostrova told reporters. '
    "According to the port authority, repairs to the breakwater will cost $3 million."
)

UNSOURCED = (
    "The storm sank 14 fishing boats and destroyed the breakwater. Repairs will cost "
    "$3 million and take a year. The harbour will reopen in spring."
)

GENERATED = (
    "A Coast in Transition\n\n"
    "The storm marks a pivotal moment for the coastal community, a testament to the intricate "
    "interplay between nature and livelihood that has long shaped the region and its people.\n\n"
    "Navigating an Uncertain Future\n\n"
    "As the community begins to navigate the road ahead, it remains crucial to foster resilience "
    "and embark on a comprehensive effort that underscores the profound importance of unity in a "
    "complex landscape where every decision resonates far beyond the harbour and its families.\n\n"
    "Lessons for Tomorrow\n\n"
    "Ultimately, the realm of recovery is multifaceted, and the lessons learned here will be "
    "invaluable, showcasing how a community can bolster its future with unwavering resolve and "
    "nuanced planning that reflects the enduring spirit of those who call the coast their home.\n"
)


def test_a_well_sourced_report_gets_no_weak_sourcing_or_style_flag(pipeline: Pipeline) -> None:
    article = run(pipeline, WELL_SOURCED, outlet="x.example")
    assert codes(article.flags) == []


def test_nothing_attributed_is_flagged_with_the_unsourced_figures(pipeline: Pipeline) -> None:
    article = run(pipeline, UNSOURCED)
    (flag,) = [f for f in article.flags if f.code == "no_attribution"]
    assert flag.severity == "warning"
    assert any("14 fishing boats" in e.text for e in flag.evidence)


def test_generated_style_says_which_features_fired(pipeline: Pipeline) -> None:
    article = run(pipeline, GENERATED)
    (flag,) = [f for f in article.flags if f.code == "generated_style"]
    assert "stock phrases" in flag.message and "section titles" in flag.message
    assert "no named source" in flag.message
    assert {e.text for e in flag.evidence} >= {"Navigating an Uncertain Future", "pivotal"}
    features = style_features(article)
    assert len(features.titles) == 2  # the first line is the headline, not a section title


def test_plain_reporting_has_no_generated_style(pipeline: Pipeline) -> None:
    article = run(pipeline, WELL_SOURCED * 4)
    assert not style_features(article).generated


def test_undated_and_near_copy(pipeline: Pipeline) -> None:
    undated = run(pipeline, UNSOURCED + " It happened on Monday.", published=None)
    (flag,) = [f for f in undated.flags if f.code == "undated"]
    assert "Monday" in [e.text for e in flag.evidence]
    copy = pipeline.run(
        Article(id="c", text=WELL_SOURCED, published="2031-09-02", duplicate_of="a")
    )
    (near,) = [f for f in copy.flags if f.code == "near_copy"]
    assert "a" in near.message


def test_a_long_past_year_presented_as_ahead_is_an_anachronism(pipeline: Pipeline) -> None:
    text = (
        "Harbour master Lena Ostrova said the inquiry will examine the 2024 season next month. "
        "The port has been managed by the city since 2019, Ostrova said."
    )
    article = run(pipeline, text)
    (flag,) = [f for f in article.flags if f.code == "anachronism"]
    assert "2024" in flag.message and "2019" not in flag.message
    assert flag.evidence[0].text.startswith("Harbour master Lena Ostrova said the inquiry")


def test_history_is_no_anachronism(pipeline: Pipeline) -> None:
    text = (
        "The breakwater was built in 1998 and rebuilt after a storm in 2011, "
        "harbour master Lena Ostrova said. It is the worst damage since 2011. "
        "The port will recover, as long as it avoids the mistakes of 2011. "
        "Storms tested our will in 2011."
    )
    assert "anachronism" not in codes(run(pipeline, text).flags)


def test_clock_times_figures_and_quoted_years_are_no_anachronism(pipeline: Pipeline) -> None:
    text = (
        "1845 : Crews will inspect the pier again tonight, harbour master Lena Ostrova said. "
        "By the outer buoy the spill will be roughly 2000 more dilute, Ostrova said. "
        '"They thought it was going to be the winter of 1947 all over again," Ostrova said.'
    )
    assert "anachronism" not in codes(run(pipeline, text).flags)


def test_an_undated_article_far_from_its_story(pipeline: Pipeline) -> None:
    members = [
        run(pipeline, WELL_SOURCED, published="2031-09-02", id="d1", outlet="x.example"),
        run(pipeline, WELL_SOURCED.replace("Tuesday", "Monday"), published="2031-09-05", id="d2"),
        run(
            pipeline,
            "The harbour board will present its review of the March 2019 storm season to "
            "the council next week. Boats must carry new radios by the end of 2019.",
            published=None,
            id="u1",
        ),
    ]
    review = review_articles("s", members)
    (flag,) = review.flags["u1"]
    assert flag.code == "anachronism" and "2019" in flag.message
    assert "12 years before" in flag.message
    estimate = review.estimates["u1"]
    assert (estimate.start, estimate.end) == ("2031-09-02", "2031-09-15")
    assert estimate.basis.startswith("story")


def test_a_story_of_undated_articles_only(pipeline: Pipeline) -> None:
    members = [
        run(pipeline, UNSOURCED, published=None, id="u1"),
        run(
            pipeline, "The harbour reopened in April 2031, officials said.", published=None, id="u2"
        ),
    ]
    review = review_articles("s", members)
    assert review.span is None
    assert "u1" not in review.estimates  # nothing to go on
    assert review.estimates["u2"].basis == "own dates"
    assert review.estimates["u2"].start == "2031-04-01"


def test_outlet_summary_counts_articles_per_flag() -> None:
    warn = Flag("no_attribution", "warning", "m")
    info = Flag("uncorroborated", "info", "m")
    rows = [("a.example", [warn, info]), ("a.example", []), ("b.example", [info]), (None, [])]
    summary = {s.outlet: s for s in outlet_summary(rows)}
    assert summary["a.example"].articles == 2 and summary["a.example"].flagged == 1
    assert summary["a.example"].share("no_attribution") == 0.5
    assert summary["b.example"].flagged == 0 and summary["(unknown)"].codes == ()


def test_a_speech_noun_without_a_person_behind_it_is_no_source(pipeline: Pipeline) -> None:
    text = (
        "The shifting circumstances push forth the argument that alliances matter. "
        "The harbour will reopen in spring and repairs will cost $3 million."
    )
    assert "no_attribution" in codes(run(pipeline, text).flags)
