"""Cues used for a deed, the writer's framing or the writer's own question show no speaker
(a vote, help given, money pledged, a person cited, "as X recognize that", "Did X think
...?"), and the same verbs used for words keep theirs."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _spoken(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    return [(q.text, _shown(q)) for q in quotes if _shown(q) is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a vote on something
        "A total of 57 councillors voted against the bypass last spring.",
        # help given: the agent of "backed by" / "supported by" says nothing
        'The harbour board, backed by its loyal allies in the port unions, ignored the "evidence".',
        'The rebels were supported by about twelve trucks, including "Katyusha" launchers.',
        # money pledged
        "Some 20 countries have pledged about 3 billion dollars in aid for the flooded valley.",
        # a person cited is a source of other words
        "The Daily Courier cited a dairy farmer who had lost half his herd.",
        # the writer's framing of a state of mind
        "As the villagers grow confident that the new dam is safe, they return to the valley.",
        "Millions of poor farmers now hold cheap policies, as commercial firms recognize that "
        "insuring the poor is profitable.",
        # the writer's own question
        "Did the mayor think these tests were met in the case of the bridge?",
        "Was the mayor sure of her case?",
        # a bare "what" is no content
        "Dave Moreno was flown home. There, he faced what he calls his long nightmare.",
        # a bare "it" or "this" stands for words given elsewhere
        "The mayor denied it on Monday.",
        "The mayor confirmed this on Monday.",
        # the writer's hedged guess at a thought
        "Perhaps the author assumed his readers' grasp of the river trade was adequate.",
        # an ability, not a report
        "Residents and shop owners can call a telephone line to report their losses.",
        # a choice of a person
        "The Greenfield party later rejected the Democrat in the county race.",
        # a wish with an infinitive
        "We were told not to worry because the harbour board wanted us to win.",
        # a stance on a plan with only the plan as object: a reaction, not words said
        # (issue 14's shown-speaker policy; it showed the mayor before)
        "Mayor Dana Whitlock welcomed the plan to rebuild the bridge.",
        # a trend in the writer's voice
        "More people now recognize that it is better to repair old boats than to buy new ones.",
        # a mood of the time, nobody's statement
        "Investors deserted Harlow Mining amid fears that the company might be forced to cut "
        "its dividend.",
        # a thing bearing words says nothing
        'The activists sat in quiet protest, with black T-shirts saying "Rivers Are Not For Sale".',
    ],
)
def test_a_deed_a_framing_or_a_question_shows_no_speaker(pipeline: Pipeline, text: str) -> None:
    assert _spoken(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Unions pledged that the strike would end by Monday.", "strike would end", "Unions"),
        ("Harbour ferries resumed, as officials said the storm had passed.", "storm", "officials"),
        ("The ministry cited rising fuel costs for the delay.", "fuel costs", "The ministry"),
        (
            "The mayor, backed by the council, said the bridge would close.",
            "bridge would close",
            "The mayor",
        ),
        ("Residents said they can call the hotline at any hour.", "hotline", "Residents"),
        ("Mayor Dana Whitlock said perhaps the bridge would reopen.", "reopen", "Dana Whitlock"),
        ("Investors voiced fears that the company might cut its dividend.", "cut", "Investors"),
        ("More than 40 doctors said the clinic was safe.", "clinic", "More than 40 doctors"),
    ],
)
def test_the_same_verbs_used_for_words_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert _shown(quote_with(pipeline, text, words)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a linked headline in title case run into the page text
        "Floods spread. How the water has spread Approximate flood lines Harbor Radio Mayor "
        "Says Flood 'Small' as more rain falls.",
        # a thing that threatens does not speak
        "Floods spread.\nAn ocean current is threatening to carry the oil into the bay.",
    ],
)
def test_page_text_and_things_show_no_speaker(pipeline: Pipeline, text: str) -> None:
    assert _spoken(pipeline, text) == []


def test_a_colon_turn_ends_at_the_next_speakers_label(pipeline: Pipeline) -> None:
    text = (
        "The panel went on for an hour.\nA swim in the lake - HARLOW : We are not swimming "
        "for fun , I think - BRENNAN : And then there is the other way to see it ."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    turns = [q for q in quotes if q.cue == ":" and "swimming for fun" in q.text]
    assert len(turns) == 1
    assert "other way" not in turns[0].text
    assert "BRENNAN" not in turns[0].text


def test_quoted_words_after_a_colon_end_at_their_closing_mark(pipeline: Pipeline) -> None:
    text = (
        "Protests spread in the north.\nThe Ridge 's Tom Vale : ` My home is gone ' Floods "
        "hit the valley `` It has never rained like this , '' said the old farmer ."
    )
    quote = quote_with(pipeline, text, "My home is gone")
    assert _shown(quote) == "Tom Vale"
    assert "Floods" not in quote.text and "never rained" not in quote.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capital after an abbreviation the splitter did not end a sentence at
        (
            'The firm is based in the U.S. Says chief executive Ann Ray: "We will grow fast."',
            "Ann Ray",
        ),
        # a capital after a long dash opens a clause, not a headline
        (
            'The mill reopened on Monday — Says the manager, Tom Vale, "We are back at work."',
            "Tom Vale",
        ),
    ],
)
def test_a_capitalised_cue_after_an_abbreviation_or_a_dash_keeps_its_speaker(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    assert [name for _, name in _spoken(pipeline, text)] == [speaker]


def test_a_duration_is_not_what_was_talked_about(pipeline: Pipeline) -> None:
    text = (
        "Mayor Dana Whitlock spoke with Governor Tom Brandt by phone Tuesday for roughly "
        "30 minutes , council spokesman Sam Reyes said ."
    )
    spoken = _spoken(pipeline, text)
    assert ("roughly 30 minutes", "Dana Whitlock") not in spoken
    assert [who for _, who in spoken] == ["Sam Reyes"]


@pytest.mark.parametrize(
    "text",
    [
        "Pastor Ellen Marsh, who has known the senator for two decades, led the prayer.",
        "Her father knew the fisherman for decades. The harbour was quiet.",
        "The old clock has been chiming for centuries in the square.",
    ],
)
def test_decades_and_centuries_are_how_long_not_what_about(pipeline: Pipeline, text: str) -> None:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [q.text for q in quotes] == []


def test_a_time_told_by_a_clause_is_what_was_talked_about(pipeline: Pipeline) -> None:
    text = "The workers talked about the weeks they had spent at the mine."
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [q.text for q in quotes] == ["the weeks they had spent at the mine"]


def test_a_relative_clause_after_the_cue_is_not_said(pipeline: Pipeline) -> None:
    text = (
        "Governor Tom Brandt met the press. `` The view is that the ferries must stop , '' he "
        "said in the news conference , which was broadcast on regional television ."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [q.text for q in quotes if "broadcast" in q.text] == []
    assert [_shown(q) for q in quotes if "ferries" in q.text] == ["Tom Brandt"]
