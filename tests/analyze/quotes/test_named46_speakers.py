"""A named speaker or body shown by a description or a short name (issue 14, classes
description-for-named, truncated-name, company-for-person). Texts written for these tests,
in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown_from(pipeline: Pipeline, text: str, words: str) -> tuple[str | None, str | None]:
    """The name shown for the first quote holding `words`, and the mention it was read
    from (the evidence every rule keeps)."""
    speaker = quote_with(pipeline, text, words).speaker
    assert speaker is not None
    evidence = speaker.resolved_from
    return speaker.name, evidence.text if evidence is not None else None


def test_an_indefinite_spokesman_is_the_spokesman_named_next(pipeline: Pipeline) -> None:
    text = (
        "A Dorvanian Defence Ministry spokesman said the troops would leave by Friday . "
        "`` No one was hurt , '' said spokesman Ilya Marek ."
    )
    assert _shown_from(pipeline, text, "troops would leave") == ("Ilya Marek", "Ilya Marek")


def test_an_indefinite_spokesman_named_next_in_apposition(pipeline: Pipeline) -> None:
    text = (
        "A Dorvanian Defence Ministry spokesman said the troops would leave by Friday . "
        "The spokesman , Ilya Marek , added that no one had been hurt ."
    )
    assert speakers_shown(pipeline, text, "troops would leave") == ["Ilya Marek"]


def test_an_indefinite_spokesman_is_not_another_bodys_spokesman(pipeline: Pipeline) -> None:
    text = (
        "A Velmar Bank spokesman said the branch would close in March . At Tarn Savings , "
        "spokesman Ivo Brell said no branch would close ."
    )
    assert speakers_shown(pipeline, text, "would close in March") == ["A Velmar Bank spokesman"]


def test_an_indefinite_spokesman_is_not_a_lawyer_named_next(pipeline: Pipeline) -> None:
    text = (
        "A Dorvanian Defence Ministry spokesman said the troops would leave by Friday . "
        "The lawyer , Ilya Marek , added that no one had been hurt ."
    )
    assert speakers_shown(pipeline, text, "troops would leave") == [
        "A Dorvanian Defence Ministry spokesman"
    ]


def test_he_is_never_a_company_written_by_its_first_word(pipeline: Pipeline) -> None:
    text = (
        "Tarvelle Co. said it would delay building a plant in Velmar Falls.\n\n"
        "Until recently, Tarvelle had been telling its sales force that by next year it "
        "intended to win half the market.\n\n"
        'Although he called current market conditions "highly competitive," Mr. Quenby, '
        "Tarvelle's chairman, forecast an earnings increase for the full year."
    )
    quote = quote_with(pipeline, text, "highly competitive")
    assert quote.speaker is not None
    assert quote.speaker.name != "Tarvelle Co."  # a "he" is a person, never the firm


def test_the_airline_is_the_one_airline_among_places_it_flies_to(pipeline: Pipeline) -> None:
    text = (
        "Velmar Airways will almost double its flights between Dorvania and Kestrania by "
        "August. The airline has also cut all flights to Tarnland. Velmar Airways plans daily "
        "flights between Orlenburg and Braskov, up from four a week, to boost ties with "
        "Kestrania, the airline announced Friday."
    )
    assert _shown_from(pipeline, text, "plans daily flights") == (
        "Velmar Airways",
        "Velmar Airways",
    )


def test_the_statement_is_its_author_named_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        "Dorvania condemned the blasts on Friday.\n\n"
        "A statement by the Foreign Affairs Department described the attacks as senseless.\n\n"
        '"Our government deplores these senseless acts," the statement said.'
    )
    assert _shown_from(pipeline, text, "deplores these senseless acts") == (
        "Foreign Affairs Department",
        "Foreign Affairs Department",
    )


def test_the_statement_of_two_authors_is_left_as_written(pipeline: Pipeline) -> None:
    text = (
        "A statement by the Foreign Affairs Department described the attacks as senseless. "
        "A statement from the Velmar Harbour Authority called them cowardly.\n\n"
        '"Our government deplores these senseless acts," the statement said.'
    )
    assert speakers_shown(pipeline, text, "deplores these senseless acts") == ["the statement"]


def test_a_letter_signed_by_a_named_person_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "Marisol Quenby wrote to the court on Monday.\n\n"
        '"I am willing to leave tomorrow," the mayor read from a letter signed by Ilya '
        "Marek.\n\n"
        '"Only the court can decide," continued the letter, which the mayor read on '
        "television."
    )
    assert speakers_shown(pipeline, text, "Only the court can decide") == ["Ilya Marek"]


_BROTHERS = (
    "HAVANA (AP) --\n\n"
    "Tens of thousands of people paid tribute to the men who launched the revolution in a "
    "rally Saturday demanding the return of the boy.\n\n"
    "With the old yacht towering behind him, Arlo Quenby, younger brother of President Tomas "
    "Quenby and head of the armed forces, likened the revolutionary battle to the fight for "
    "the boy.\n\n"
    "''Here, no one gives up!'' Quenby declared.\n\n"
)


def test_a_bare_surname_continues_the_one_of_the_family_in_the_passage(
    pipeline: Pipeline,
) -> None:
    assert _shown_from(pipeline, _BROTHERS, "no one gives up") == ("Arlo Quenby", "Arlo Quenby")


def test_a_bare_surname_after_two_of_the_family_is_left_bare(pipeline: Pipeline) -> None:
    text = _BROTHERS.replace(
        "''Here, no one gives up!''",
        "Arlo Quenby and Tomas Quenby then led the march.\n\n''Here, no one gives up!''",
    )
    # both of the family stood as subjects since: the passage tells no one of them
    assert speakers_shown(pipeline, text, "no one gives up") != ["Arlo Quenby"]


def test_a_description_with_a_name_of_its_own_names_no_body_again(pipeline: Pipeline) -> None:
    text = (
        "A suspected Quenby Syndicate leader committed suicide overnight after being arrested "
        "in a major police sweep , police in Velmar , Dorvania , said on Wednesday .\n"
        "He may have been driven to suicide because wiretapped calls between him and other "
        "Quenby Syndicate bosses helped lead to the police sweep on Tuesday , the Kallo news "
        "agency reported ."
    )
    assert speakers_shown(pipeline, text, "driven to suicide") != ["Quenby Syndicate"]


def test_the_newspaper_is_no_bureau_named_before(pipeline: Pipeline) -> None:
    text = (
        "Bureau of Prisons spokesman Ivo Marek said Quenby died early Monday at the medical "
        "center for federal prisoners in Velmar Falls , Dorvania .\n"
        "It is the same prison where three other bosses also died , the newspaper said .\n"
    )
    assert speakers_shown(pipeline, text, "same prison") != ["Bureau of Prisons"]


def test_a_nephew_who_spoke_is_not_the_one_the_story_is_about(pipeline: Pipeline) -> None:
    text = (
        "Fred Quenby , the aide who delivered the payments , died on Saturday .\n"
        "He had a history of heart problems , his brother-in-law Tom Vell said .\n"
        "He moved to Velmar Falls in 1957 , his nephew William Quenby said .\n"
        "Mr. Quenby said in 1971 , `` I 'm no millionaire . ''\n"
    )
    assert speakers_shown(pipeline, text, "no millionaire") != ["William Quenby"]


def test_the_agency_may_be_a_department_of_something(pipeline: Pipeline) -> None:
    text = (
        "The Velmar Department of Criminal Justice has made sweeping changes at a Tarnfield "
        "prison where an inmate managed to get a gun , the agency said Friday ."
    )
    assert speakers_shown(pipeline, text, "sweeping changes") == [
        "Velmar Department of Criminal Justice"
    ]
