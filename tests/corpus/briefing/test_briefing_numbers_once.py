"""One article's figure stated twice is one report, the one naming its speaker kept."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.numbers import once_per_article
from storyline.corpus.briefing.records import Cited, NumberReport
from storyline.model import Article


def _report(aid: str, start: int, value: float, speaker: str | None) -> NumberReport:
    cited = Cited("x", aid, start, start + 1)
    return NumberReport("killed", value, "at least", None, "2023-01-09", speaker, cited)


def test_the_same_figure_twice_in_one_article_is_one_report_with_its_speaker() -> None:
    plain, said = _report("a", 10, 5, None), _report("a", 90, 5, "a nurse")
    other_article, other_value = _report("b", 10, 5, None), _report("a", 120, 6, None)
    groups = [("killed", (plain, other_article)), ("killed, more", (said, other_value))]
    assert once_per_article(groups) == (
        ("killed", (said, other_article)),
        ("killed, more", (other_value,)),
    )
    assert once_per_article([("killed", (said,)), ("again", (plain,))]) == (("killed", (said,)),)


def test_the_brief_lists_a_restated_toll_once() -> None:
    text = (
        "At least 5 people were killed in the riot in the port on Monday. "
        "Shops stayed shut across the city. "
        "At least 5 people were killed, a nurse at the main clinic said on Monday."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="a", text=text, published="2023-01-09", outlet="o.example"))
    numbers = build_briefing([article], limits=BriefingLimits.full()).numbers
    killed = [r for label, items in numbers if label.startswith("killed") for r in items]
    assert [(r.value, r.speaker) for r in killed] == [(5, "a nurse at the main clinic")]


def test_a_figure_of_another_unit_with_the_same_value_is_another_report() -> None:
    """ "three crew tested positive" (a series of people) and "Velden confirmed three more
    cases" (cases, with its speaker): the second is not shown as the crew's count."""
    cited = Cited("three crew", "a", 10, 20)
    crew = NumberReport("cases", 3, "exact", "people", "2031-05-28", None, cited)
    said = Cited("three more cases", "a", 90, 106)
    more = NumberReport("cases", 3, "exact", "case", "2031-05-28", "Velden officials", said)
    out = once_per_article([("cases: crew", (crew,)), ("cases", (more,))])
    assert out == (("cases: crew", (crew,)), ("cases", (more,)))
