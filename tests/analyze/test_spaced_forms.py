"""Tokenised text ("Dr . Ana Ruiz", "Jon B . Ruiz", "Ruiz ' s lawyer") read as it was
written (issue 14): a title's or an initial's spaced full stop ends no sentence and cuts no
name, a spaced possessive is a possessive. Texts and names invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers

from storyline.analyze.entities.aliases import name_key, normalize_name
from storyline.analyze.nlp import annotate, load_nlp, sentence_starts
from storyline.analyze.pipeline import Pipeline
from storyline.analyze.sentences import split_sentences
from storyline.analyze.spaced_forms import spaced_form_spans
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _spans(text: str) -> list[str]:
    nlp = load_nlp(("senter",))
    found = spaced_form_spans(text, nlp.tokenizer, frozenset(nlp.Defaults.stop_words))
    return [text[s:e] for s, e in found]


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_spaced_title_or_initial_is_one_written_form() -> None:
    text = (
        "Dr . Marisol Quenby met Tobiah R . Danvers of the U . S . Navy in Velmar , "
        "Calif . , today ."
    )
    assert _spans(text) == ["Dr .", "R .", "U . S .", "Calif ."]


def test_a_spaced_stop_that_may_end_a_sentence_is_left_alone() -> None:
    # a function word opens the next sentence; a lone letter after a lower-case word is
    # no initial; "No." is two tokens when written too
    text = "They chose Plan B . The vote took vitamin C . Doctors agreed on item No . Four ."
    assert _spans(text) == []


def test_a_spaced_possessive_is_one_written_form() -> None:
    text = "Kestra Vollan ' s lawyer and Bram Ostley ’ s aide met ."
    assert _spans(text) == ["' s", "’ s"]


def test_a_sentence_goes_on_past_a_spaced_title_and_initial() -> None:
    text = (
        "The clinic reopened on Monday . We are ready , Dr . Marisol Quenby said . "
        "Hospital spokesman Tobiah R . Danvers said the ward would stay open ."
    )
    assert _sentences(text) == [
        "The clinic reopened on Monday .",
        "We are ready , Dr . Marisol Quenby said .",
        "Hospital spokesman Tobiah R . Danvers said the ward would stay open .",
    ]


def test_a_spaced_stop_still_ends_a_sentence_before_a_new_one() -> None:
    text = "The board backed Plan B . The mayor of Velmar Falls disagreed ."
    assert len(_sentences(text)) == 2


def test_names_keep_their_spaced_initial_and_lose_a_spaced_possessive(
    pipeline: Pipeline,
) -> None:
    text = (
        "Hospital spokesman Tobiah R . Danvers said the ward would stay open . "
        "Kestra Vollan ' s attorney said the case was closed . "
        'Asked about it , Dr . Quenby said she was " hopeful " .'
    )
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    names = [(e.text, e.label) for e in art.entities]
    assert ("Tobiah R . Danvers", "PERSON") in names
    assert ("Kestra Vollan", "PERSON") in names
    assert not any(t in {"Dr", "Tobiah", "Danvers"} for t, _ in names)
    assert art.text == text  # offsets of the text as given


def test_the_owner_of_a_spaced_possessive_does_not_speak(pipeline: Pipeline) -> None:
    text = "Kestra Vollan ' s attorney said the case was closed ."
    assert quotes_and_speakers(pipeline, text) == [
        ("the case was closed", "Kestra Vollan ' s attorney")
    ]


def test_a_name_with_spaced_initials_reads_and_compares_as_written() -> None:
    assert normalize_name("Tobiah R . Danvers") == "Tobiah R. Danvers"
    assert normalize_name("U . S . Velmar Survey") == normalize_name("U.S. Velmar Survey")
    assert name_key("U . N . Dorvan Mission") == name_key("U.N. Dorvan Mission")
    assert normalize_name("T . Y . Quenby") == "T.Y. Quenby"
    assert name_key("Dorvan Freight Corp .") == name_key("Dorvan Freight Corp.")


def test_a_spaced_title_reads_the_same_in_every_article(pipeline: Pipeline) -> None:
    # the merged token's word features are set on a lexeme the vocab keeps: every article
    # after the first with "Dr ." must read it as the first did ("Dr.", shape "Xx."), or
    # the name runs onto the title and is shown as ". Ana Ruiz"
    for name in ["Ana Ruiz", "Marisol Quenby", "Ana Ruiz"]:
        for text in [
            f"Dr . {name} said the clinic in Osk would reopen .",
            f"The minister , Dr . {name} , said the clinic would reopen .",
        ]:
            doc = annotate(text, sentence_starts(text))
            title = next(t for t in doc if t.text == "Dr .")
            assert (title.shape_, title.suffix_) == ("Xx.", "Dr.")
            article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
            assert [e.text for e in article.entities if e.label == "PERSON"] == [name]


def test_a_spaced_time_of_day_and_a_month_before_its_day_are_written_forms() -> None:
    text = "Kim Velt was held at 1 : 30 a . m . Feb . 2 in Osk , and freed at 7 p . m . ."
    assert _spans(text) == ["a . m .", "Feb .", "p . m ."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Velt was going west about 1 : 30 a . m . , Velmar police Officer Ana Ruiz said .",
            1,
        ),
        ("Velt was arrested around 1 : 30 a . m . Feb . 1 on Route 9 in Osk .", 1),
        ("She was hit around 5 a . m . Sunday at the corner of Osk Street .", 1),
        ("The Osk shop closed at 7 p . m . The next day it reopened .", 2),
    ],
)
def test_a_spaced_time_of_day_ends_a_sentence_only_where_a_new_one_opens(
    text: str, sentences: int
) -> None:
    assert len(_sentences(text)) == sentences
    assert not any(s.startswith(("m .", ",")) for s in _sentences(text))


def test_the_speaker_after_a_spaced_time_of_day_is_found(pipeline: Pipeline) -> None:
    text = "Velt was going west about 1 : 30 a . m . , Velmar police Officer Ana Ruiz said ."
    assert quotes_and_speakers(pipeline, text) == [
        ("Velt was going west about 1 : 30 a . m .", "Ana Ruiz")
    ]
