"""Words nobody stated shown as a quote (notspeech46, issue 14): a hypothetical hedged
with "well" ("might well conclude that ..."), the reason a passive gives ("cited by
police for speeding"), a mandate whose clause belongs to a gerund ("charged the auditors
with verifying that ..."), a term in marks in the sentence after a cue ("described as
`` back-end '' protection"), a past belief that is a group's reason for a deed ("bought
the shares because they thought it was a great deal") or held at its time ("when he
spent millions on the house, he thought ..."), and what a speaker "never dreamed", said
in a parenthesis ("she never dreamed , she said , that ..."). Every text is invented."""

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
        # a hypothetical hedged with "well": nobody has concluded anything
        (
            "If the talks fail , the Dorvanians might well conclude that they need to close "
            "the border .",
            "close the border",
        ),
        # the reason a passive gives: a traffic citation, not a statement of the police
        (
            "However , cited by Velmar traffic police in May for driving under the influence "
            ", Pell Arvin was sent home .",
            "driving",
        ),
        # a mandate: the clause is what the auditors are to verify
        (
            "The Dorvanian Health Ministry has charged the auditors with verifying that Osk "
            "Holdings has repaid its loans .",
            "repaid",
        ),
        # a past belief given as the reason for a deed, or held at its time
        (
            "The Velmar Falls traders bought the Osk shares because they thought it was a "
            "great deal .",
            "great deal",
        ),
        (
            "So when Ivo Marek spent seventy million dollars for this house , he thought it "
            "was a great deal .",
            "great deal",
        ),
        # a term in marks in the sentence after a cue that ends its own
        (
            "To sweeten the deal , Osk Holdings added a clause designed to protect holders if "
            "the firm ever buys the rest . The clause , described as `` back-end '' "
            "protection , would require Osk Holdings to pay a fair price .",
            "back-end",
        ),
    ],
)
def test_nothing_stated_is_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert not [q for q in stated_quotes(pipeline, text) if words in q.text]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the "that" clause on "said"
        "Marisol Quenby grew up in Velmar Falls . But she never dreamed , she said , that "
        "the Dorvanian port would join the union .",
        # the parse hangs "said" on the clause "dreamed" takes
        "Ivo Marek grew up in Velmar Falls . But he never dreamed , he said , that his "
        "country would become a member of the union .",
    ],
)
def test_what_was_never_dreamed_is_shown_with_the_dream(pipeline: Pipeline, text: str) -> None:
    shown = [q for q in stated_quotes(pipeline, text) if "union" in q.text]
    assert shown
    assert all("never dreamed" in q.text for q in shown)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a statement after a hypothetical's report stays
        (
            "Ana Ruiz said the Dorvanians might well conclude that the border must close .",
            "border",
        ),
        # the words a cue ending its sentence introduces, opening the next one
        (
            "Osk Holdings added a clause on Monday . `` We will protect every holder , '' "
            "the statement read .",
            "protect every holder",
        ),
        # a view answered, one held now, one an analyst gives, and a reason said
        ("When asked about the Osk plan , Ana Ruiz thought it would fail .", "fail"),
        ("Analyst Pell Arvin believes the Osk market will recover next year .", "recover"),
        ("Marisol Quenby thought the Osk dam was safe .", "safe"),
        # one person's reason is often the case they made
        ("Ana Ruiz voted against the Osk levy because she felt it was unfair .", "unfair"),
        (
            "Pell Arvin said he sold the shares because he thought the market would fall .",
            "market would fall",
        ),
        # a clause after a noun in "-ing" ("after the meeting"), and what a rival is
        # blamed for not disclosing, which the subject holds true
        ("The Velmar mayor said after the meeting that the Osk levy would pass .", "levy"),
        (
            "In court , Osk Media has criticized the Velmar Post for not disclosing that Osk "
            "Media 's managers expect revenue to grow by 20 % a year .",
            "expect revenue",
        ),
        # a parenthesis with a clause of its own is read as before
        ("The Osk levy , Ana Ruiz said , would raise taxes on the poor .", "raise taxes"),
    ],
)
def test_a_statement_beside_them_stays(pipeline: Pipeline, text: str, words: str) -> None:
    assert [q for q in stated_quotes(pipeline, text) if words in q.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one criticised, thanked or accused for what they said said it
        ("The mayor criticized Ana Ruiz for saying that the levy was a tax on the poor .", "Ruiz"),
        (
            "Ana Ruiz was criticized by the mayor for saying that the levy was a tax on the poor .",
            "Ruiz",
        ),
        ("The council thanked Ivo Marek for saying that the pier would reopen .", "Marek"),
        # no one acted on: the subject's own saying, as before
        ("Ivo Marek won praise for saying that the pier would reopen .", "Marek"),
    ],
)
def test_who_is_blamed_for_saying_said_it(pipeline: Pipeline, text: str, speaker: str) -> None:
    said = [q for q in stated_quotes(pipeline, text) if q.cue == "saying"]
    assert said
    assert all(q.speaker is not None and speaker in q.speaker.text for q in said)
