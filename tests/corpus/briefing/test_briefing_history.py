"""A history box's figures are not the story's own numbers (texts written for the test)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing
from storyline.model import Article


def test_a_history_box_figure_is_not_shown_as_of_the_article() -> None:
    text = (
        "Officials in Belmora said 40 percent of the town's clinics were full on Monday . \n"
        "1921 : The Brolk flu remains the worst outbreak of its kind . \n"
        "Caused by a bird strain , up to 30 percent of the region fell ill 1962 : "
        "Mirren flu killed three million people . \n"
        "Caused by a human strain , it spread fast 1977 : Ostra flu killed one million people ."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="h", text=text, published="2012-03-05", outlet="o.example"))
    numbers = build_briefing([article], limits=BriefingLimits.full()).numbers
    shown = {(label, r.value) for label, items in numbers for r in items}
    assert ("percent", 40) in shown
    assert all(value != 30 for _, value in shown)
    assert all(label.endswith("earlier") for label, value in shown if value >= 1e6)


def test_a_suspected_count_lined_up_with_confirmed_ones_says_so() -> None:
    text = (
        "The Belmora hotline has received more than 300 potential cases of the Tamsin virus . "
        "Doctors later confirmed 14 cases of the virus in Belmora ."
    )
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    article = pipeline.run(Article(id="p", text=text, published="2012-03-05", outlet="o.example"))
    brief = build_briefing([article], limits=BriefingLimits.full())
    reports = {r.value: r for _, items in brief.numbers for r in items}
    assert reports[300].estimated and not reports[14].estimated
    lines = render_briefing(brief, "text").splitlines()

    def said_estimated(value: str) -> bool:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"- {value}"))
        label = next(line for line in reversed(lines[:at]) if not line.startswith("- "))
        return "estimated or suspected" in lines[at] + label

    assert said_estimated("more than 300") and not said_estimated("14")


def test_a_report_line_says_estimated_unless_its_label_does() -> None:
    from storyline.corpus.briefing.records import Cited, NumberReport
    from storyline.corpus.briefing.render import _number

    cited = Cited("x", "a", 0, 5)
    report = NumberReport("cases", 300, "more_than", None, "2012-03-05", None, cited, True)
    assert "(estimated or suspected, as of 2012-03-05)" in _number(report)
    assert "estimated" not in _number(report, labelled=True)
    plain = NumberReport("cases", 14, "exact", None, "2012-03-05", None, cited)
    assert "estimated" not in _number(plain)


def test_a_figure_of_an_earlier_year_is_dated_as_reported_not_as_held() -> None:
    from storyline.corpus.briefing.records import Cited, NumberReport
    from storyline.corpus.briefing.render import _number

    cited = Cited("x", "a", 0, 5)
    old = NumberReport("killed", 3e6, "exact", None, "2012-03-05", None, cited)
    assert "(reported 2012-03-05)" in _number(old, history=True)
    assert "(as of 2012-03-05)" in _number(old)
