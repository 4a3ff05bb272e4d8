"""Where a figure holds, as its own clause says (texts written for these tests)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing
from storyline.corpus.briefing.where import clause_place
from storyline.model import Article

_PIPELINE = Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _run(text: str) -> Article:
    return _PIPELINE.run(Article(id="w1", published="2031-06-02", outlet="w.example", text=text))


def test_two_figures_of_two_places_each_say_their_place() -> None:
    text = (
        "Some 31 people have died of the fever in Velmar , but only three deaths have been "
        "recorded outside that country , officials said ."
    )
    art = _run(text)
    first = text.index("Some 31 people")
    second = text.index("three deaths")
    assert clause_place(art, first, first + len("Some 31 people")) == "in Velmar"
    assert clause_place(art, second, second + len("three deaths")) == "outside Velmar"
    shown = render_briefing(build_briefing([art], limits=BriefingLimits.full()), "text")
    assert "31 people in Velmar" in shown
    assert "3 people outside Velmar" in shown


def test_a_place_of_another_phrase_is_not_the_figures() -> None:
    text = (
        "Crowds rallied in Orla 's streets , as in a revolt that has cost the lives of more "
        "than 200 people ."
    )
    art = _run(text)
    at = text.index("more than 200 people")
    assert clause_place(art, at, at + len("more than 200 people")) is None


def test_a_place_qualifying_a_noun_is_no_place_of_the_figure() -> None:
    text = "The blast , which killed 11 workers and caused the worst spill in Velmar history ."
    art = _run(text)
    at = text.index("11 workers")
    assert clause_place(art, at, at + len("11 workers")) is None


def test_a_place_of_a_list_is_not_the_figures() -> None:
    text = (
        "About 4,000 others had been displaced to other towns in Velmar , Orla and Brun , "
        "officials said ."
    )
    art = _run(text)
    at = text.index("About 4,000 others")
    assert clause_place(art, at, at + len("About 4,000 others")) is None


def test_a_place_holding_the_counts_gives_them_their_place() -> None:
    text = "Brolkistan has 2,532 confirmed cases of the fever in 44 towns , and three deaths ."
    art = _run(text)
    at = text.index("three deaths")
    assert clause_place(art, at, at + len("three deaths")) == "in Brolkistan"
    pledged = "Brolkistan has pledged aid , and 40 people died in the storm ."
    art = _run(pledged)
    at = pledged.index("40 people")
    assert clause_place(art, at, at + len("40 people")) is None


def test_a_place_after_the_figure_before_its_verb_is_the_figures() -> None:
    text = "The lawyer of two hikers jailed in Brolkistan has been denied a visit ."
    art = _run(text)
    at = text.index("two hikers")
    assert clause_place(art, at, at + len("two hikers")) == "in Brolkistan"
    glued = "A school in Brolkistan is shut The board says 40 people have the fever ."
    art = _run(glued)
    at = glued.index("40 people")
    assert clause_place(art, at, at + len("40 people")) is None


def test_a_name_after_the_comma_that_is_no_place_does_not_make_a_list() -> None:
    for said in ("the Health Ministry said", "Ana Ruiz said"):
        text = f"At least 40 people were killed in Velmar , {said} ."
        art = _run(text)
        at = text.index("At least 40 people")
        assert clause_place(art, at, at + len("At least 40 people")) == "in Velmar"


def test_a_place_named_back_by_there_is_the_figures() -> None:
    text = (
        "Before Velmar erupted , the protests brought change in Orland . "
        "But new rallies there have now turned deadly . "
        "Two people were killed when police fired into the crowd ."
    )
    art = _run(text)
    at = text.index("Two people")
    assert clause_place(art, at, at + len("Two people")) == "in Orland"


def test_an_existential_there_names_no_place() -> None:
    text = (
        "The protests brought change in Orland . "
        "But there have been no arrests so far . "
        "Two people were killed when police fired into the crowd ."
    )
    art = _run(text)
    at = text.index("Two people")
    assert clause_place(art, at, at + len("Two people")) is None


def test_a_participle_clause_takes_the_place_of_the_clause_before() -> None:
    text = (
        "The storm battered the coast last week , flooding the town of Orland , killing 12 people ."
    )
    art = _run(text)
    at = text.index("12 people")
    assert clause_place(art, at, at + len("12 people")) == "in Orland"
