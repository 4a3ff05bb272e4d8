"""Page layouts that hand a quote to the wrong source: a transcript turn's label, a run of
highlights, a clause before a colon naming where the words appeared."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.turns import appositive_before
from storyline.model import Article, EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_quote = quote_with


def test_a_name_in_a_transcript_turn_says_what_the_host_reports(pipeline: Pipeline) -> None:
    text = (
        "HOST : Let 's go to the statehouse . MORAN : Ella Price , the governor 's press "
        "secretary , says the two plans are worlds apart . What do you make of that ? "
        "PIKE : I doubt it ."
    )
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    said = [q for q in art.quotes if q.cue == "says"]
    assert len(said) == 1
    q = said[0]
    assert q.speaker is not None
    assert q.speaker.name == "Ella Price"


def test_a_highlight_is_not_handed_to_the_previous_highlights_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "NEW : Banks are shuttered until Wednesday as protests force top banker 's "
        "resignation NEW : Kastrati urges generals to `` come out of their barracks '' NEW : "
        "Stock exchange to freeze transactions from officials being investigated Serbia 's "
        "ambassador says the army will run a `` technocratic '' government until elections "
        "Belgrade , Serbia -LRB- CNN -RRB- -- Serbia 's army dissolved the Parliament ."
    )
    q = _quote(pipeline, text, "will run a")
    assert q.speaker is None or q.speaker.name != "Kastrati"


def test_a_verb_joined_after_a_quoted_phrase_keeps_its_subject(pipeline: Pipeline) -> None:
    text = "Mayor Ana Ruiz called the plan `` a disaster '' and later said it would fail ."
    q = _quote(pipeline, text, "would fail")
    assert q.speaker is not None
    assert q.speaker.name is not None and "Ana Ruiz" in q.speaker.name


def test_an_outlet_behind_a_preposition_before_a_colon_is_not_the_speaker(
    pipeline: Pipeline,
) -> None:
    text = (
        "Professor Lena Ortiz believes the pact held . But she accepts that events can shift "
        "even a legal case .\n"
        "She wrote recently in The Times : ` There is little sign that the region is a calmer "
        "place , and a good deal more sign that the dispute has pulled attention from "
        "rebuilding . '"
    )
    q = _quote(pipeline, text, "little sign")
    assert q.speaker is not None
    assert q.speaker.name == "Lena Ortiz"


def test_the_person_an_unclosed_appositive_hangs_on_speaks_not_the_body_ending_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "`` We cleaned only a tenth of the river , '' Jo Reyes , Atlantic science director "
        "for Boston , Mass. conservation group Seawatch told the Courier . `` That is normal . ''"
    )
    q = _quote(pipeline, text, "a tenth of the river")
    assert q.speaker is not None
    assert q.speaker.name == "Jo Reyes"


def test_a_body_after_a_verb_is_no_part_of_the_appositive(pipeline: Pipeline) -> None:
    text = (
        "`` We cleaned only a tenth of the river , '' Jo Reyes , a lawyer , said the group "
        "Seawatch told reporters ."
    )
    q = _quote(pipeline, text, "Seawatch told reporters")
    assert q.speaker is not None
    assert q.speaker.name == "Jo Reyes"


def test_a_name_set_off_before_a_perfect_tense_verb_speaks(pipeline: Pipeline) -> None:
    text = (
        "Victoria and the state capital are the worst-hit . Most of those affected are "
        "suffering only a mild illness , but the Health Minister of Norway 's Nordland state , "
        "Erik Dahl , has warned that the contagious condition would inevitably claim lives ."
    )
    q = _quote(pipeline, text, "claim lives")
    assert q.speaker is not None
    assert q.speaker.name == "Erik Dahl"


def test_a_name_set_off_right_before_a_subjectless_verb_is_its_subject() -> None:
    text = "It is no worse The head of the flu team , Mira Solberg , said it had shifted ."
    name = EntityMention(text.index("Mira"), text.index(" , said"), "Mira Solberg", "ORG")
    cue = text.index("said")
    assert appositive_before(text, cue, [name]) == (name.start, name.end)
    plain = "It is no worse and Mira Solberg said it had shifted ."
    bare = EntityMention(plain.index("Mira"), plain.index(" said"), "Mira Solberg", "PERSON")
    assert appositive_before(plain, plain.index("said"), [bare]) is None


def test_the_name_after_a_verb_that_follows_the_closing_mark_speaks(pipeline: Pipeline) -> None:
    text = (
        "News that Orbix had teamed up with the city council to block terms such as "
        "`` strike '' , `` union '' and `` wages '' from its chat service , Orbix Talk , had "
        "set `` the forums a-buzzing , '' remarked Tom Baird at his Nightly blog . Baird was "
        "not alone ."
    )
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    remarked = [q for q in art.quotes if q.cue == "remarked"]
    assert remarked
    assert all(q.speaker is not None and q.speaker.name == "Tom Baird" for q in remarked)


def test_whose_remarks_they_are_not_the_last_name_before_the_words(pipeline: Pipeline) -> None:
    text = (
        "Here are the remarks of Deputy Premier Lena Varga following Premier Tomas Berg 's "
        "address : `` This is a very important day in the life of the republic . We ask you "
        "to stay calm . ''"
    )
    q = _quote(pipeline, text, "important day")
    assert q.speaker is not None
    assert q.speaker.name == "Lena Varga"


def test_a_planned_demand_is_reported_by_the_one_who_tells_of_the_plan(
    pipeline: Pipeline,
) -> None:
    text = (
        "Mayor Ana Ruiz will demand that the firm set aside money to pay flood claims , her "
        "chief of staff said Sunday ."
    )
    q = _quote(pipeline, text, "flood claims")
    assert q.cue == "said"
    assert q.speaker is not None
    assert q.speaker.name == "her chief of staff"


def test_a_time_before_the_verb_leaves_the_subject_before_a_quoted_phrase(
    pipeline: Pipeline,
) -> None:
    text = (
        "Senator Ana Ruiz , who called the bill `` a farce '' last week , on Tuesday said she "
        "would vote against it ."
    )
    q = _quote(pipeline, text, "vote against it")
    assert q.speaker is not None
    assert q.speaker.name == "Ana Ruiz"
