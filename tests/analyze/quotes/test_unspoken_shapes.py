"""Words nobody stated, shown as quotes (notspeech44, issue 14): advice or an appeal with
no words quoted ("urged people not to go ..."), speech still to come ("will argue that
..."), the writer's aside in brackets, a name given ("the guy fans call ..."), a topic
touched ("even mentioning casting ideas"), a page's furniture or a headline read as a
speaker ("Breaking :", "PUBLISHED :", "Hey , X :", a nickname in marks) and narration
caught by an opening mark typed for a closer. Each keeps its statements beside it shown.
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, stated_quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # advice or an appeal in the writer's words
        ("Mr Quenby urged people not to go into the hills unprepared .", "hills"),
        ("Coach Tomas Arlow urged Pell to throw more jabs in the later rounds .", "jabs"),
        (
            "Coach Dena Voss recommended to Arlow that he leave school early for the draft .",
            "leave",
        ),
        ("The Dorvanian Health Ministry advised residents to boil their water .", "boil"),
        # speech still to come
        ("But Quenby will argue that the film needs a bigger budget .", "budget"),
        ("Many critics will note that the Osk Herons lost three games in a row .", "three games"),
        ("Quenby lost the vote . She'll contend that the film will play longer .", "longer"),
        (
            'Quenby will argue that her film had an 85 percent "fresh" rating and a long run .',
            "long run",
        ),
        # the writer's aside in brackets after the verb's own words
        (
            "Quenby is expecting a raise for the sequel ( he was given $ 2 million upfront for "
            "the first film ) .",
            "upfront",
        ),
        # a name given, not words said
        (
            "The guy teammates and fans call Big Swag scored 7 points for the Herons on Friday .",
            "7",
        ),
        # a topic touched on
        (
            "Quenby has spoken openly about the sequel , even mentioning casting ideas and "
            "filming plans .",
            "casting",
        ),
    ],
)
def test_words_nobody_stated_are_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert [q.text for q in stated_quotes(pipeline, text) if words in q.text] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an appeal with its words quoted, and the words beside advice
        ('Quenby urged voters : " Do not stay home on Tuesday . "', "stay home"),
        (
            "Quenby advised the board to sell the mill , saying `` the mill loses money every "
            "week . ''",
            "loses money",
        ),
        # a finding with no listener
        ("The panel recommended that the Velmar dam be closed until repairs are made .", "closed"),
        # a speech handed out before it is read, and the first person saying as it goes
        ("`` The plan is dead , '' Quenby will tell the Osk Club on Friday .", "plan is dead"),
        ("Again , I will say , let them sort it out .", "sort it out"),
        ("Quenby said she will argue that the film needs a bigger budget .", "budget"),
        # "will only say": what a source has said, no more, not a forecast
        (
            "A spokesman for Quenby Foods will only say that the matter is under review .",
            "under review",
        ),
        ("Dr . Marisol Quenby will only say the patient is stable .", "stable"),
        ("The Velmar police will only confirm that a man was arrested on Sunday .", "arrested"),
        # brackets inside what was said
        ("Quenby said the dam was safe ( it had been inspected in May ) .", "safe"),
        # a clause after "mention" is said
        ("Quenby mentioned that the dam had leaked twice in May .", "leaked"),
    ],
)
def test_statements_beside_them_stay_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert [q.text for q in stated_quotes(pipeline, text) if words in q.text]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "http : / / www . velmar - post . com / news / Breaking - man - charged - arson / "
            "story . html\nBreaking : man charged with arson after fire at Quenby Foods in "
            "Velmar Falls\nMonday , July 22 , 2024\nA man has been charged on suspicion of arson "
            "following a fire that destroyed a Velmar supermarket .",
            "Breaking",
        ),
        (
            "Velmar Herons win in six rounds\nPUBLISHED : 22 : 07 GMT , 7 July 2024\n"
            "UPDATED : 22 : 07 GMT , 7 July 2024\nIvo Marek stopped Tomas Arlow in the sixth "
            "round on Saturday .",
            "PUBLISHED",
        ),
        (
            "http : / / www . osk - sports . com / 2024 / 03 / hey - marisol - quenby - hire - a "
            "- driver /\nHey , Marisol Quenby : Hire a Driver !\nPosted on March 20 , 2024\nOsk "
            "Herons forward Marisol Quenby was arrested on Sunday for driving under the "
            "influence .",
            "Quenby",
        ),
        (
            "http : / / www . velmar - music . com / news / marisol - quenby - dies _ 3708023\n"
            'Marisol Quenby - Marisol Quenby : "Harbour Queen" Swimmer And Actress Dies Aged 91 '
            ".\n07 June 2024\nGolden girl of screen and pool , Marisol Quenby , has died "
            "peacefully in her sleep aged 91 .",
            "Quenby",
        ),
    ],
)
def test_page_furniture_and_headlines_name_no_speaker(
    pipeline: Pipeline, text: str, label: str
) -> None:
    colon = [q for q in stated_quotes(pipeline, text) if q.cue == ":"]
    assert [q.text for q in colon if q.speaker is not None and label in q.speaker.text] == []


def test_a_headline_quoting_its_label_stays(pipeline: Pipeline) -> None:
    text = "Marisol Quenby : `` We Will Win ''\nMarisol Quenby spoke in Velmar Falls on Monday ."
    shown = stated_quotes(pipeline, text)
    assert any(q.cue == ":" and q.speaker is not None and "Quenby" in q.speaker.text for q in shown)


def test_a_headline_quoting_its_label_before_more_headline_stays(pipeline: Pipeline) -> None:
    text = (
        'Marisol Quenby : " We Will Rebuild " After Flood\nMarisol Quenby spoke in Velmar '
        "Falls on Monday ."
    )
    shown = stated_quotes(pipeline, text)
    assert any(q.cue == ":" and q.speaker is not None and "Quenby" in q.speaker.text for q in shown)


def test_an_opening_mark_typed_for_a_closer_ends_the_quote(pipeline: Pipeline) -> None:
    text = (
        "It 's official : Tomas Arlow is taking over the director 's chair for the `` Harbour "
        "Lights '' sequel `` Velmar Nights . ''\n`` Harbour Lights `` author Marisol Quenby "
        "confirmed the news on her website on Saturday morning in a post meant to calm fans "
        "who loved the first film .\nAfter the film 's first director left , Quenby went on to "
        "praise Arlow ."
    )
    assert [q.text for q in stated_quotes(pipeline, text) if "website" in q.text] == []


def test_a_quotation_inside_a_quotation_stays_whole(pipeline: Pipeline) -> None:
    text = "`` If the mayor is `` tough '' , then the dam gets fixed sooner , '' Quenby said ."
    quote = next(q for q in stated_quotes(pipeline, text) if "tough" in q.text)
    assert "sooner" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Quenby"
