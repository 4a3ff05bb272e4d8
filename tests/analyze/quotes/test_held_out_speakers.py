"""Speakers a reader of held-out news took for wrong (issue 14, the reading after main
a4ce8a9): words that are no statement shown with a speaker, and a subject cut at "and".
Each text is written for its test, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown
from quote_helpers import quotes_and_speakers as _quotes

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.genders import person_genders
from storyline.analyze.quotes.headless import cue_follows
from storyline.analyze.quotes.source_heads import named_head
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a command: a listener, then what they are to do
        ("Police told residents to leave their homes before the storm reached Corvale .", "leave"),
        ("The colonel ordered his men to hold the bridge at Vellmar .", "hold the bridge"),
        # a fear given as the reason for a deed
        ("Fearing that the dam would break , villagers fled to the hills above Corvale .", "dam"),
        ("Investors sold their shares , fearing that the bank would collapse .", "bank"),
        # a count or a status in the writer's circumstance clause
        (
            "The virus spread quickly , with Norland , Veska and Tarrin all reporting their "
            "first cases on Monday .",
            "first cases",
        ),
    ],
)
def test_words_that_are_no_statement_show_no_speaker(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert set(speakers_shown(pipeline, text, words)) == {None}


def test_an_order_keeps_its_source_span_for_scoring(pipeline: Pipeline) -> None:
    # the attribution is still found (PolNeAR annotates it); only no speaker is shown
    q = quote_with(pipeline, "The judge ordered the council to reopen the library.", "reopen")
    assert q.speaker is not None and q.speaker.text == "The judge"
    assert q.speaker.name is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Lena Ortiz told reporters that the dam was safe .", "dam was safe", "Lena Ortiz"),
        ("Officials fear that the toll will rise .", "toll will rise", "Officials"),
        (
            "The river rose , with officials saying that the dam would hold .",
            "dam would hold",
            "officials",
        ),
        # a bare count ("reported 12 new cases") states nothing since statements4
        ("The ministry reported that 12 new cases were found .", "12 new cases", "The ministry"),
    ],
)
def test_statements_beside_them_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Ortiz and Marco Bell said the talks had failed .", "Lena Ortiz and Marco Bell"),
        ("`` The talks failed , '' said Lena Ortiz and Marco Bell .", "Lena Ortiz and Marco Bell"),
        (
            "The Norland foreign minister and his Veskan counterpart said the talks had failed .",
            "The Norland foreign minister and his Veskan counterpart",
        ),
    ],
)
def test_a_subject_joined_by_and_is_shown_whole(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, "failed") == [speaker]


def test_a_joined_subject_stops_at_a_clause(pipeline: Pipeline) -> None:
    # "and" joining a clause, not a second subject: only "officials" said it
    text = "The storm hit Corvale and officials said the roads were closed ."
    assert speakers_shown(pipeline, text, "roads were closed") == ["officials"]


def test_joined_names_keep_the_mention_they_were_read_from(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, "Lena Ortiz and Marco Bell said the talks had failed .", "failed")
    assert q.speaker is not None and q.speaker.resolved_from is not None
    assert q.speaker.resolved_from.text == "Lena Ortiz and Marco Bell"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a topic talked over, a sum claimed, a disclosure still to come
        ("Ana Kell and Ivo Marek discussed making a documentary film about the spill .", "film"),
        ("Ivo Marek claims $ 3.8 million in damages from the port .", "million"),
        (
            "The ministry did not publish the names , allowing each school to disclose the "
            "news on its own .",
            "the news",
        ),
    ],
)
def test_a_topic_a_sum_or_a_saying_to_come_shows_no_speaker(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert set(speakers_shown(pipeline, text, words)) == {None}


def test_a_claim_of_a_fact_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = "Ivo Marek claimed that the port had lost 3 million dollars ."
    assert speakers_shown(pipeline, text, "port had lost") == ["Ivo Marek"]


def test_quoted_words_that_are_a_persons_predicate_are_not_theirs(pipeline: Pipeline) -> None:
    # a filing's words about Reyes, written as the predicate of his name
    text = (
        "Two days after that , Tomas Reyes and his associates `` clandestinely and "
        "wrongfully caused an account to be opened '' without the knowledge of Ana Kell ."
    )
    assert speakers_shown(pipeline, text, "wrongfully caused") == [None]
    text = "Tomas Reyes called the plan `` a farce '' on Monday ."
    assert speakers_shown(pipeline, text, "a farce") == ["Tomas Reyes"]


def test_a_title_opening_its_sentence_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "The film awards were announced on Monday , Sky Arts said in a statement .\n"
        "And `` The Pigs Can Fly '' leads a crowded field , with 12 nods ."
    )
    art_quotes = [q for q, _ in _quotes(pipeline, text)]
    assert not any("Pigs Can Fly" in q for q in art_quotes), art_quotes


def test_a_quoted_slogan_before_its_cue_stays_a_quote(pipeline: Pipeline) -> None:
    text = "The mayor , Ana Kell , spoke on Monday .\n`` No Surrender '' she told the crowd ."
    assert "No Surrender" in " ".join(q for q, _ in _quotes(pipeline, text))


def test_an_i_in_a_turn_labelled_by_a_surname_is_that_person(pipeline: Pipeline) -> None:
    # an interview written as turns: "HOST :" upper case, the guest by surname
    text = (
        "Studio interview with Ivo Marek , the mayor .\n"
        "HOST : So what should happen next ?\n"
        "Marek : The best course would be for the council to act .\n"
        "I think there is a problem that most people have not seen .\n"
        "HOST : And the dam ?\n"
        "Marek : I think it will hold ."
    )
    assert speakers_shown(pipeline, text, "most people have not seen") == ["Ivo Marek"]
    assert speakers_shown(pipeline, text, "it will hold") == ["Ivo Marek"]


def test_names_joined_where_the_recogniser_saw_bodies(pipeline: Pipeline) -> None:
    text = "But Ortiz and Bell claim in their new lawsuit that they were excluded from the talks ."
    assert speakers_shown(pipeline, text, "excluded") == ["Ortiz and Bell"]


def test_a_phrase_cut_before_the_name_heading_it_takes_the_name() -> None:
    # "[NHA chief] Dr Lena Ortiz said": a parse that stops the phrase before the name
    text = "NHA chief Dr Lena Ortiz said the move changed nothing ."
    ortiz = EntityMention(text.index("Lena"), text.index(" said"), "Lena Ortiz", "PERSON")
    cue = text.index("said")
    assert named_head(text, (0, 9), cue, [ortiz]) == (0, ortiz.end)
    # a name that is not right before the verb is no head of the phrase
    text = "NHA chief Dr Lena Ortiz 's aide said the move changed nothing ."
    ortiz = EntityMention(text.index("Lena"), text.index(" 's"), "Lena Ortiz", "PERSON")
    assert named_head(text, (0, 9), text.index("said"), [ortiz]) == (0, 9)


def test_a_cue_after_the_marks_gives_the_words_to_what_follows() -> None:
    text = "Army fired Scud missile `` It is hard to say , '' says reporter about the town"
    assert cue_follows(text, text.index("says") - 1)
    assert not cue_follows(text, text.index("Scud") + 4)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A source close to the talks , who asked not to be named , said the deal was close .",
            "deal was close",
            "A source close to the talks",
        ),
        (
            "`` We will rebuild , '' said one senior official at Harlow Mining , who declined "
            "to be named .",
            "rebuild",
            "one senior official at Harlow Mining",
        ),
        (
            "A spokeswoman for the Corvale Water Board said supplies were safe .",
            "supplies were safe",
            "A spokeswoman for the Corvale Water Board",
        ),
    ],
)
def test_an_unnamed_source_is_shown_with_whom_it_speaks_for(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_a_list_of_groups_is_the_whole_subject(pipeline: Pipeline) -> None:
    text = (
        "Farmers , teachers and union members marched Friday in downtown Corvale , "
        "demanding that wages rise for struggling families ."
    )
    assert speakers_shown(pipeline, text, "wages rise") == ["Farmers , teachers and union members"]


def test_a_caption_credit_line_names_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Residents fled the port on Monday .\n"
        "Photo : Tomas Reyes / Corvale Times\n"
        "`` It was terrible , '' said one resident ."
    )
    assert "Corvale Times" not in speakers_shown(pipeline, text, "terrible")
    assert "Times" not in speakers_shown(pipeline, text, "terrible")


def test_words_a_later_cue_gives_away_do_not_run_on(pipeline: Pipeline) -> None:
    # a run of highlights: the second quote is the reporter's, named after it
    text = (
        "NEW : Army spokesman says the general 's decision to leave was `` personal '' "
        "`` It is quite hard to say who is in control , '' says reporter about the town"
    )
    assert "Army spokesman" not in speakers_shown(pipeline, text, "who is in control")


def test_a_transcript_label_broken_after_an_abbreviation_keeps_its_name(
    pipeline: Pipeline,
) -> None:
    # the splitter ended a line at "U.K." inside the label "JANE ROE , U.K. FINANCE MINISTER"
    text = (
        "The economy shrank .\nThe finance minister blamed the weather .\n"
        "JANE ROE , U.K.\nFINANCE MINISTER : It was the coldest December for 100 years .\n"
        "People could not get to work ."
    )
    assert speakers_shown(pipeline, text, "coldest December") == ["JANE ROE"]


def test_a_slogan_opening_its_sentence_stays_a_quote(pipeline: Pipeline) -> None:
    text = (
        "The mayor spoke of the town 's pride .\n"
        "`` Make Corvale Proud Again '' resonated with him so much that he printed it ."
    )
    assert any("Make Corvale Proud Again" in q for q, _ in _quotes(pipeline, text))


def test_a_gendered_noun_said_of_a_name_gives_its_gender() -> None:
    text = "Ana Marek is the Norland leader 's only daughter . Tom Best was a father of two ."
    ana = EntityMention(0, 9, "Ana Marek", "PERSON")
    tom = EntityMention(text.index("Tom"), text.index(" was"), "Tom Best", "PERSON")
    genders = person_genders(text, [ana, tom], [Sentence(0, len(text))])
    assert genders == {"Ana Marek": "f", "Tom Best": "m"}
    # a noun behind a preposition is someone else's
    text = "Ana Marek is the head of the sons ' union ."
    assert person_genders(text, [EntityMention(0, 9, "Ana Marek", "PERSON")], []) == {}


def test_a_cue_opening_the_next_sentence_does_not_take_the_words() -> None:
    text = "`` We noticed the pressure on him . '' Ana Kell added that he was tired ."
    assert not cue_follows(text, text.index("Ana") - 1)
