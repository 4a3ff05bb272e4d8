"""Speakers of the held-out reading of main 2cc9253 (issue 14), now in-sample: a vocative
taken for the speaker of a transcript answer, a description left bare where the text names
or owns its source, an opening phrase or a clock time read as the subject, and a name after
"according to" lost behind a misparsed title. Texts are written for these tests, in the
corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.vocatives import addresses


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_vocative_is_the_person_addressed() -> None:
    text = "I think what I 'm calling for , Marek , is a council of three people ."
    assert addresses(text, 0, len(text), "Marek Rossel")
    assert not addresses(text, 0, len(text), "Ames Tavin")
    plain = "Marek Rossel , the host , said the council had met ."
    assert not addresses(plain, 0, len(plain), "Marek Rossel")


def test_a_role_is_named_by_its_title_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Five years after the flood destroyed Port Velmar , the city 's mayor said Thursday "
        "that its recovery will take at least another five years . "
        "The flood brought the coast `` to its knees , '' Port Velmar Mayor Tomas Rellig told "
        "those attending a luncheon ."
    )
    assert speakers_shown(pipeline, text, "recovery will take") == ["Tomas Rellig"]
    q = quote_with(pipeline, text, "recovery will take")
    assert q.speaker is not None and q.speaker.resolved_from is not None
    assert q.speaker.resolved_from.text == "Tomas Rellig"


def test_a_role_stays_when_the_next_sentence_names_no_holder(pipeline: Pipeline) -> None:
    text = (
        "Five years after the flood destroyed Port Velmar , the city 's mayor said Thursday "
        "that its recovery will take at least another five years . "
        "Tomas Rellig , a former judge , told the luncheon that the coast needed help ."
    )
    assert speakers_shown(pipeline, text, "recovery will take") == ["the city 's mayor"]


def test_a_possessive_description_carries_its_owner(pipeline: Pipeline) -> None:
    text = (
        "`` I am calling on the governor to convene a meeting , '' Dorran said in New Kestra . "
        "His aides said he was pulling his campaign ads ."
    )
    assert speakers_shown(pipeline, text, "pulling his campaign") == ["Dorran's aides"]
    q = quote_with(pipeline, text, "pulling his campaign")
    assert q.speaker is not None and not q.speaker.named


def test_a_possessive_description_stays_when_the_owner_is_unclear(pipeline: Pipeline) -> None:
    text = (
        "Dorran and Vesk met at the harbour on Monday . "
        "His aides said he was pulling his campaign ads ."
    )
    assert speakers_shown(pipeline, text, "pulling his campaign") == ["His aides"]


def test_an_opening_phrase_is_no_group_a_they_stands_for(pipeline: Pipeline) -> None:
    text = (
        "The spread was missed for months , the researchers reported . "
        "Petra Vold of Kestra University and Ames Dorran of Velmar College examined the virus . "
        "Like others who have done the same , they show it is a mixture of older strains . "
        "`` We show that it was derived from several viruses , '' they wrote ."
    )
    shown = speakers_shown(pipeline, text, "derived from several")
    assert shown != ["Like others who"]
    assert shown == ["the researchers"]


def test_a_clock_time_is_no_part_of_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Panel faults drilling firm , report says Wednesday , November 17 , 2010 ; 1:05 AM "
        "A panel of experts studying the spill has concluded that risk was ignored on the rig ."
    )
    assert speakers_shown(pipeline, text, "risk was ignored") == [
        "A panel of experts studying the spill"
    ]


def test_a_name_after_a_misparsed_title_is_the_source(pipeline: Pipeline) -> None:
    text = "The bank will be fined , according to Acting Under Secretary for Finance Tomas Rellig ."
    assert speakers_shown(pipeline, text, "bank will be fined") == ["Tomas Rellig"]


def test_a_name_before_a_finite_verb_hung_on_the_clause_before_is_its_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "In the new tape , Ostrov refers to an earlier tape broadcast by a Velmar station last "
        "April in which a speaker purported to be Kadan offered a truce to nations deciding "
        "not to `` interfere '' in their lands ."
    )
    assert speakers_shown(pipeline, text, "interfere") == ["Kadan"]


def test_a_view_owned_by_the_one_addressed_names_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Velmar City : Do you think the bank will fail ? "
        "And also , in your opinion , does Vesk retain as much power as he had before ?"
    )
    for _, speaker in quotes_and_speakers(pipeline, text):
        assert speaker is None or "your" not in speaker.casefold()


_CHAT = (
    "Film producer Ames Dorran was online Wednesday to discuss his film .\n"
    "Kestra Bank : I enjoyed the program last evening .\n"
    "Chicago : Why did the treasury not act sooner ?\n"
    "Ames Dorran : It was a choice they made .\n"
    "New York : Do you think we will see arrests ?\n"
    "Ames Dorran : I doubt it ."
)


def test_a_reader_handle_in_a_chat_is_no_speaker(pipeline: Pipeline) -> None:
    # the colon reader leaves the handle's turn out; a quote of it, if any, names no one
    shown = quotes_and_speakers(pipeline, _CHAT)
    assert [who for quote, who in shown if "enjoyed the program" in quote] in ([], [None])
    assert ("I doubt it .", "Ames Dorran") in shown
    assert speakers_shown(pipeline, _CHAT, "I doubt it") == ["Ames Dorran"]


def test_a_body_labelling_a_turn_outside_a_chat_still_speaks(pipeline: Pipeline) -> None:
    text = _CHAT.replace("Chicago :", "Ames Dorran :").replace("New York :", "Ames Dorran :")
    assert speakers_shown(pipeline, text, "enjoyed the program") == ["Kestra Bank"]


def test_a_pronoun_after_a_name_owned_by_of_gives_it_no_gender() -> None:
    from storyline.analyze.quotes.genders import person_genders
    from storyline.model import Article

    text = "The husband of Rep. Ana Ruiz said Friday his wife 's progress was the key ."
    art = Pipeline(["sentences", "entities"]).run(
        Article(id="t", text=text, published="2024-03-20")
    )
    names = {e.canonical or e.text for e in art.entities if e.label == "PERSON"}
    assert any("Ruiz" in n for n in names)
    genders = person_genders(text, art.entities, art.sentences)
    assert all(genders.get(n) != "m" for n in names if "Ruiz" in n)


def test_a_name_opening_its_sentence_before_an_untagged_verb_is_no_modifier() -> None:
    from storyline.analyze.quotes.discourse import Discourse
    from storyline.model import EntityMention, Sentence

    text = "Lina Darvesh burst into a Kestra hotel . The Dahl administration officials met ."
    darvesh = EntityMention(0, 12, "Lina Darvesh", "PERSON")
    dahl = EntityMention(text.index("Dahl"), text.index("Dahl") + 4, "Dahl", "PERSON")
    cut = text.index(" The") + 1
    sentences = [Sentence(0, cut - 1), Sentence(cut, len(text))]
    # the tagger's verbs, "burst" missed as a verb (as it was in the corpus), "met" found
    verbs = [text.index("met")]
    d = Discourse(text, [darvesh, dahl], sentences, verbs)
    assert not d.modifier(darvesh)
    assert d.modifier(dahl)


def test_words_after_a_person_remembering_are_that_persons(pipeline: Pipeline) -> None:
    text = (
        "`` I begged them not to shoot , '' says Hale .\n"
        "Four bullets struck Hale in the back .\n"
        "Tomas Hale remembers the face of the man who shot him .\n"
        "`` It was a sneer of contempt . He saw me as the enemy . ''"
    )
    assert speakers_shown(pipeline, text, "sneer of contempt") == ["Tomas Hale"]


def test_a_cue_inside_someones_words_introduces_no_quotation_after(pipeline: Pipeline) -> None:
    text = (
        "A `` counter view '' could be reasonably maintained , Lord Rellig said . "
        "`` However , it must be recognized that the scrutiny was nothing as great as it is "
        "today . '' He also dismissed the claim ."
    )
    assert speakers_shown(pipeline, text, "it must be recognized") == ["Rellig"]


def test_they_after_people_joined_by_name_as_the_subject_is_those_people(
    pipeline: Pipeline,
) -> None:
    text = (
        "Petra Vold and Ames Dorran examined the virus . "
        "`` We show that it was derived from several viruses , '' they wrote ."
    )
    assert speakers_shown(pipeline, text, "derived from several") == ["Petra Vold and Ames Dorran"]


def test_they_after_someone_spoke_since_the_named_people_is_not_them(pipeline: Pipeline) -> None:
    text = (
        "Petra Vold and Ames Dorran examined the virus . "
        "The Kestra Health Agency said the findings were sound . "
        "`` We will act on them , '' they said ."
    )
    shown = speakers_shown(pipeline, text, "act on them")
    assert shown != ["Petra Vold and Ames Dorran"]


def test_words_after_a_person_doing_something_are_not_taken_as_theirs(pipeline: Pipeline) -> None:
    text = (
        "Fisk writes with anger about the war .\n"
        "General Tomas Hale was to repeat the one-liner about body counts .\n"
        "`` The prison was a mirror of the treatment that every dictatorship meted out . ''"
    )
    assert speakers_shown(pipeline, text, "prison was a mirror") != ["Tomas Hale"]


def test_a_possessive_description_stays_when_someone_else_was_named_since(
    pipeline: Pipeline,
) -> None:
    text = (
        "`` You 're not going to act , right ? '' Tomas Rellig asked her . "
        "Ana Vesk made no commitment . "
        "But according to her staff , she was neither deterred nor chastened ."
    )
    assert speakers_shown(pipeline, text, "neither deterred") == ["her staff"]
