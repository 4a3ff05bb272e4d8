"""Attribution shapes read from plain text, on short texts written for the tests."""

from __future__ import annotations

import pytest

from storyline.corpus.flags.attribution import attribution_shape, is_source_head


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        # a reporting verb in the present, the perfect, the past; names, pronouns, bodies
        ("The ferry company says the storm has cost it $2 million.", "reporting verb"),
        ("Marta Quell, head of the harbour board, has dismissed talk of a sale.", "reporting"),
        ("Dorn calculates that repairs will take a decade.", "reporting verb"),
        ("Repairs are late , Tobin , said on Monday , and costs are rising.", "reporting verb"),
        ("The boats are gone, she told the inquiry.", "reporting verb"),
        ("The coastguard commander reported concerns about a second leak.", "reporting verb"),
        ("The boats sank, as our correspondent Ilse Varn reports from the coast.", "reporting"),
        # other shapes
        ("Here are some facts from the Coastal Safety Office about storms.", "information from"),
        ("Find out more from Ana Ruiz of the Bird Trust.", "information from"),
        ("Two presenters find out more from Ana Ruiz.", "information from"),
        ("Figures from the Harbour Board show 40 boats sank.", "information from"),
        ("Facts from the Harbour Board\nStorms come in spring.", "information from"),
        (
            "I interviewed Jon Bale last week. Here is what he had to say: boats matter.",
            "interview",
        ),
        ("Fishermen marched on the harbour, saying the repairs came too late.", "participle"),
        ("According to the harbour office, repairs will cost $3 million.", "according to"),
        (
            "Q: Will the port reopen? A: In spring. Q: At what cost? A: Three million.",
            "question-and-answer",
        ),
    ],
)
def test_a_text_that_names_its_source_has_an_attribution_shape(text: str, shape: str) -> None:
    found = attribution_shape(text)
    assert found is not None and shape in found


@pytest.mark.parametrize(
    "text",
    [
        # the writer speaking, not a source
        "I reported from the coast for years. As I have written here before, boats matter.",
        "We said last week that the harbour would flood.",
        # verbs of action or nouns that look like reporting verbs
        "Shares added two percent as the Gulf states reopened their ports.",
        "Hospitals admitted 20 patients after the storm sank 14 boats.",
        # a capitalised verb form is no verb ("the United States")
        "The United States Navy sent two ships. Repairs will cost $3 million.",
        # a bare statement of facts
        "The storm sank 14 fishing boats. Repairs will cost $3 million and take a year.",
        # a single question and answer is no interview layout
        "Q: Will the port reopen? The harbour will reopen in spring.",
    ],
)
def test_a_text_that_attributes_nothing_has_no_attribution_shape(text: str) -> None:
    assert attribution_shape(text) is None


def test_a_source_head_is_a_person_or_a_body() -> None:
    assert is_source_head("commander") and is_source_head("Ministry")
    assert not is_source_head("circumstances")


@pytest.mark.parametrize(
    "text",
    [
        # data handed over, not cited: nothing is said to come from the body's figures
        "The port became a beneficiary of raw survey data from the Navy. It sailed on.",
        # a day after 'interview' is not someone interviewed
        "The minister gave no interview Monday. The port stayed shut.",
    ],
)
def test_information_moved_or_a_dated_interview_is_no_attribution(text: str) -> None:
    assert attribution_shape(text) is None
