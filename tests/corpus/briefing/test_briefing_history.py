"""A history box's figures are not the story's own numbers (texts written for the test)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
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
    assert all(label.endswith("in earlier years") for label, value in shown if value >= 1e6)
