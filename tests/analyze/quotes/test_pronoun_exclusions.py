"""People a "he"/"she" source can never stand for (issue 14): one whose given name or title
says the other gender, the rest of a list of names, one named inside the words the
pronoun reports, and the asker of a question the pronoun answers. Texts written here."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, period_sentences, quote_with, speaker_and_resolution

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.genders import person_genders
from storyline.analyze.quotes.given_names import given_name_gender
from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Orville Strand", "m"),
        ("Lucille Quenby", "f"),
        ("Mrs. Kell Dorvan", "f"),  # the title says it before any list
        ("Judge Edna Varrow", "f"),  # a title saying nothing is passed over
        ("Terry Maddern", None),  # borne by men and women alike: not clear enough
        ("Leslie Quenby", None),
        ("Strand", None),  # one word is a surname
        ("J. Strand", None),
        ("Quillon Strand", None),  # a name the lists do not hold
        ("Ji Strand", None),  # on the women's list only at its floor: too rare to tell
    ],
)
def test_a_given_name_says_a_gender_only_when_the_lists_agree_clearly(
    name: str, gender: str | None
) -> None:
    assert given_name_gender(name) == gender


def _people(text: str, names: tuple[str, ...]) -> list[EntityMention]:
    return [EntityMention(text.index(n), text.index(n) + len(n), n, "PERSON") for n in names]


def test_pronouns_after_a_name_say_nothing_against_its_given_name() -> None:
    # the "she" after the agent's name is the client's: a vote for Strand the given name
    # overrules
    text = "Orville Strand, the agent, said she was tired."
    entities = _people(text, ("Orville Strand",))
    sentences = [Sentence(0, len(text))]
    assert person_genders(text, entities, sentences) == {"Orville Strand": "f"}
    assert person_genders(text, entities, sentences, names=given_name_gender) == {}


def test_a_title_outranks_the_pronouns_after_the_name() -> None:
    text = "Mrs. Kell Dorvan met the board. Kell Dorvan said he was late."
    entities = _people(text, ("Kell Dorvan",))
    second = text.index("Kell Dorvan said")
    entities.append(EntityMention(second, second + len("Kell Dorvan"), "Kell Dorvan", "PERSON"))
    sentences = [Sentence(0, second - 1), Sentence(second, len(text))]
    assert person_genders(text, entities, sentences) == {"Kell Dorvan": "f"}


@pytest.mark.parametrize(
    "text",
    [
        # the agent spoke last, and nothing the article says gives his gender
        "Lucille Quenby, the model, has died. Her agent, Orville Strand, said Quenby died on "
        "Sunday. She never woke up. After retiring in the 1990s, she rarely gave interviews. "
        "“I do not want to be photographed in my old age,” she said in 1998.",
        "Edna Varrow signed with the agency of Harold Pemberton in 1990. Pemberton said the "
        "contract ran for ten years. “I do not want to be photographed in my old age,” she "
        "said in 1998.",
    ],
)
def test_she_never_goes_to_a_man_by_his_given_name(pipeline: Pipeline, text: str) -> None:
    name, _ = speaker_and_resolution(pipeline, text, "my old age")
    assert name not in ("Orville Strand", "Harold Pemberton")


def test_one_name_of_a_list_is_no_antecedent_of_its_own(pipeline: Pipeline) -> None:
    # the tagger made one name of the list a person and the others organisations: the
    # "he" is no more that one than the others (or the one the text turns to next)
    text = (
        "Hask passed the likes of Orvin Tellaby, Dunstan Kolwe and Rufus Maddern. "
        "Orvin Tellaby, Dunstan Kolwe and Rufus Maddern failed to pass the record because "
        "they left early. Then came Hask, the tall center from Dorvania, who stayed four "
        "years. Although he said he was nervous at first, he scored often."
    )
    assert speaker_and_resolution(pipeline, text, "nervous at first") == (None, "unresolved")


def test_a_name_inside_the_words_a_trailing_he_said_reports_is_not_its_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "Wide receiver Whitby says he does not expect charges\n"
        "Dorvan Hawks receiver Darnell Whitby was arrested on Sunday on suspicion of drunken "
        "driving.\nA patrol car stopped Whitby after he swerved twice on the coast road, said "
        "Highway Patrol Officer Rufus Maddern.\nWhitby was on probation for an earlier arrest, "
        "he said.\n"
    )
    assert speaker_and_resolution(pipeline, text, "on probation") == ("Rufus Maddern", "pronoun")


@pytest.mark.parametrize(
    "text",
    [
        "Dunstan Kolwe was in court on Monday. Kolwe was asked by Judge Wilbur Hask if he "
        "understood the charges against him. He responded, “Yes,” to the series of questions "
        "posed by Hask.",
        "Not guilty pleas were entered on Kolwe's behalf. Asked by the judge if he understood "
        "the charges against him, he responded “Yes.” The judge ordered him held.",
    ],
)
def test_the_asker_is_never_the_one_who_responds(pipeline: Pipeline, text: str) -> None:
    q = quote_with(pipeline, text, "Yes")
    assert q.speaker is not None
    assert q.speaker.resolved_from is None
    assert q.speaker.resolution == "unresolved"


def test_she_is_not_guessed_past_the_surname_of_a_woman_written_again() -> None:
    # the recogniser left the second "Quenby" untagged: the senator is the nearest person
    # it tagged, yet the text has turned back to Quenby
    text = (
        "Lucille Quenby posed for the camera. The pictures hung in barracks. "
        "Senator Tobrin Vell of Dorvania launched an "
        "inquiry. Quenby quickly retreated from public view. And she said her days as a "
        "model were over."
    )
    entities = _people(text, ("Lucille Quenby", "Tobrin Vell"))
    resolver = SpeakerResolver(text, entities, period_sentences(text))
    she = text.index("she said")
    assert resolver.resolve(she, she + 3).canonical is None


def test_a_list_with_an_untagged_name_takes_no_pronoun_from_the_last_speaker(
    pipeline: Pipeline,
) -> None:
    # "Ivo Strand" is left untagged: the list is still a list, and its last tagged name is
    # no new subject that takes "he" from Tallis
    text = (
        "“I got a little emotional,” Gorvin Tallis said after the game.\n"
        "Tallis passed the likes of Lennart Osk, Bram Quillen and Teodor Vask.\n"
        "Marten Holby, Ivo Strand and Oskar Bellweather failed to pass him because they left "
        "early.\nThen came Tallis, the tall center from Dorvania, who stayed four years.\n"
        "Although he said he was nervous at first, he scored often."
    )
    name, _ = speaker_and_resolution(pipeline, text, "nervous at first")
    assert name != "Oskar Bellweather"
