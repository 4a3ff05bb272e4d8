"""Who may stand behind a source: "he" needs a person, "it" a body, a page's "your" nobody,
and a name shown to a reader carries no tokeniser debris."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.model import EntityMention, Speaker


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_quote = quote_with


def test_he_is_never_a_thing_named_after_someone(pipeline: Pipeline) -> None:
    # the tagger may take a barge's name for a person; the common noun after it says the
    # name only names the thing, which cannot say "I regret it"
    text = (
        "Tom Vale hopes to tell the inquiry he is `` truly shaken '' by the blast at the "
        "refinery . The fire that gutted the Harbor-owned James Carver barge `` should never "
        "have started -- and I regret it more than I can say , '' he said in remarks "
        "prepared for Friday ."
    )
    q = _quote(pipeline, text, "regret it")
    assert q.speaker is not None
    assert q.speaker.name == "Tom Vale"


def test_a_page_asking_its_reader_is_no_speaker_and_no_body_for_it(pipeline: Pipeline) -> None:
    text = (
        "The transport board says riders must plan ahead . What are your views on the new "
        "timetable ? Some 40 lines had been cut , the board said . Delays grew and shrank "
        "over the week , it said , and it was too soon to judge ."
    )
    prompt = _quote(pipeline, text, "new timetable")
    assert prompt.speaker is None or prompt.speaker.name is None
    later = _quote(pipeline, text, "grew and shrank")
    assert later.speaker is not None
    # "the board" is read back to the fuller source the text gave first (anaphors.py)
    assert later.speaker.name == "The transport board"


def test_a_body_named_before_its_bracketed_acronym_speaks(pipeline: Pipeline) -> None:
    text = (
        "The Council for Fair Rents -LRB- CFR -RRB- , a Denver-based tenants group , said on "
        "Monday it had counted 31 evictions ."
    )
    q = _quote(pipeline, text, "31 evictions")
    assert q.speaker is not None
    assert q.speaker.name == "Council for Fair Rents"


def test_a_description_is_shown_without_tokenised_quote_marks_and_brackets() -> None:
    cut_title = Speaker("The Danish newspaper `` Politiken", 0, 33, None, False, "description")
    assert cut_title.name == "The Danish newspaper Politiken"
    acronym = Speaker("COC -RRB-", 0, 9, None, False, "description")
    assert acronym.name == "COC"
    plain = Speaker("a senior official", 0, 17, None, False, "description")
    assert plain.name == "a senior official"


def test_accusations_from_someone_are_theirs_not_the_accused(pipeline: Pipeline) -> None:
    text = (
        "Just this year , executives from Grant Brothers spent nine hours trying to fend off "
        "accusations from senators that they deceived investors , and Pellman President Ivo "
        "Marek apologized ."
    )
    q = _quote(pipeline, text, "deceived investors")
    assert q.speaker is not None
    assert q.speaker.name == "senators"


def test_a_study_led_by_someone_is_shown_with_their_name(pipeline: Pipeline) -> None:
    text = (
        "Workers who are promoted quickly seem unusually prone to risky bets , according to "
        "a study led by Nora Vance at the Lakeside School of Economics ."
    )
    q = _quote(pipeline, text, "risky bets")
    assert q.speaker is not None
    assert q.speaker.name is not None and "Nora Vance" in q.speaker.name


@pytest.mark.parametrize(
    "introduced",
    [
        "`` The bill is enormous , '' said Omar Haddad , planning and finance minister for "
        "the northern government .",
        "The region 's finance minister , Omar Haddad , spoke on Monday .",
    ],
)
def test_the_minister_is_the_person_the_text_set_that_role_beside(
    pipeline: Pipeline, introduced: str
) -> None:
    text = (
        f"{introduced} `` Shops charge more than they ought to , '' Haddad said . "
        "The minister said the government was capping prices of bread and milk ."
    )
    q = _quote(pipeline, text, "capping prices")
    assert q.speaker is not None
    assert q.speaker.canonical == "Omar Haddad"
    assert q.speaker.resolution == "role"


def test_a_role_beside_a_preposition_gives_nobody_that_role(pipeline: Pipeline) -> None:
    text = (
        "`` The bill is enormous , '' said Omar Haddad , a lawyer for the minister . "
        "The minister said the government was capping prices of bread ."
    )
    q = _quote(pipeline, text, "capping prices")
    assert q.speaker is not None
    assert q.speaker.canonical is None


def test_it_never_stands_for_people_written_without_a_final_s(pipeline: Pipeline) -> None:
    text = "Most people said the old rules were fine . It added that the banks were safe ."
    q = _quote(pipeline, text, "banks were safe")
    assert q.speaker is None or q.speaker.name is None


def test_she_takes_a_speaker_the_tagger_called_an_organisation_named_as_a_person_later() -> None:
    text = (
        "Paul Roe, the state health minister, warned of deaths. The agency's flu chief, "
        "Keira Fuld, said the picture had changed. She said a pandemic was near. "
        "Dr Fuld urged calm."
    )

    def at(surface: str, label: str) -> EntityMention:
        start = text.index(surface)
        return EntityMention(start, start + len(surface), surface, label, surface)

    entities = [at("Paul Roe", "PERSON"), at("Keira Fuld", "ORG"), at("Fuld urged", "PERSON")]
    entities[-1] = EntityMention(entities[-1].start, entities[-1].start + 4, "Fuld", "PERSON")
    resolver = SpeakerResolver(text, entities)
    resolver.resolve(0, len("Paul Roe"))
    fuld = text.index("Keira Fuld")
    resolver.resolve(fuld, fuld + len("Keira Fuld"))
    she = text.index("She said")
    speaker = resolver.resolve(she, she + 3)
    assert speaker.canonical == "Keira Fuld"
