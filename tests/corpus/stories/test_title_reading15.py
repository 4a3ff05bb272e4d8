"""Story titles a reader judged wrong (issue 14, entities15's reading of Timeline17): a
byline with a lower-case role and an outlet run into a caption and the lead, a caption
ending in quotation marks run into a lead opening with a name, a headline written twice.
Texts and names invented."""

from __future__ import annotations

from storyline.corpus.stories.titles import article_headline
from storyline.model import Article
from storyline.text.line_words import reads_as_clause


def _title(text: str) -> str:
    return article_headline(Article(id="t", text=text))


def test_a_byline_with_a_role_and_an_outlet_and_the_caption_after_it_are_no_title() -> None:
    text = (
        "By Ann Lee Business reporter , KNN News Kessa has suffered a number of setbacks in "
        "recent years It 's not often that a prime minister has cause to declare that he "
        "would sack the boss of a leading company .\nBut that is what Ana Vell said .\n"
    )
    assert _title(text).startswith("It 's not often that a prime minister")


def test_a_caption_ending_in_quotation_marks_gives_way_to_the_lead() -> None:
    text = (
        "Admiral Bo Kessler outlined the terms of the '' slow fill '' Kessa says it plans to "
        "pump mud into its Tarvo Sound well on Tuesday , in one of the final steps .\n"
        "The slow fill will begin if tests are positive , a Kessa executive said .\n"
    )
    assert _title(text).startswith("Kessa says it plans to pump mud")


def test_a_headline_written_twice_titles_once() -> None:
    text = (
        "Kessa shares blame over harbour spill Kessa shares blame over harbour spill Oil "
        "company Kessa says it is not the only one to blame for the spill .\n"
        "The company released a report .\n"
    )
    assert _title(text) == "Kessa shares blame over harbour spill"


def test_a_past_verb_after_a_name_reads_as_a_clause_but_headline_grammar_does_not() -> None:
    assert reads_as_clause("Admiral Bo Kessler outlined the terms of the deal")
    assert not reads_as_clause("Admiral outlines terms of the deal")
    assert not reads_as_clause("Port closed after storm")
