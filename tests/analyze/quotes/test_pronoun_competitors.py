"""A pronoun speaker goes to the nearest person it can mean, or stays unresolved when two
different people compete and nothing in the text decides (issue 14): texts written here."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, period_sentences, speaker_and_resolution

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.genders import person_genders
from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "source",
    ["A spokeswoman for the clinic, Maria Santos,", "The clinic's spokeswoman, Maria Santos,"],
)
def test_a_source_opening_its_sentence_is_no_unnamed_subject_after_itself(
    pipeline: Pipeline, source: str
) -> None:
    # the description heading the last source is that source, not someone new a later
    # "she" might mean instead
    text = (
        "Health Minister Paul Grant announced new measures on Friday. "
        f"{source} told reporters the cases were mild. "
        "“The patients have displayed mild symptoms,” she said."
    )
    assert speaker_and_resolution(pipeline, text, "mild symptoms") == ("Maria Santos", "pronoun")


def test_a_person_of_unknown_gender_is_not_taken_over_one_the_text_says_fits(
    pipeline: Pipeline,
) -> None:
    # nothing says what Kerry Grant is called (a given name borne by men and women
    # alike); the text calls Maria Santos "Ms."
    text = (
        "Ms. Maria Santos runs the clinic. Health Minister Kerry Grant visited it on Friday. "
        "“The patients have displayed mild symptoms,” she said."
    )
    assert speaker_and_resolution(pipeline, text, "mild symptoms") == (None, "unresolved")


def test_a_given_name_that_says_the_other_gender_leaves_the_one_that_fits(
    pipeline: Pipeline,
) -> None:
    # "Paul" is a man's name in the census lists (given_names.py): "she" is Maria Santos
    text = (
        "Ms. Maria Santos runs the clinic. Health Minister Paul Grant visited it on Friday. "
        "“The patients have displayed mild symptoms,” she said."
    )
    assert speaker_and_resolution(pipeline, text, "mild symptoms") == ("Maria Santos", "pronoun")


@pytest.mark.parametrize(
    "between",
    [
        "President Viktor Halden ruled the country for thirty years. ",
        "After the vote, Viktor Halden left the country. ",
    ],
)
def test_a_person_only_talked_about_in_the_speakers_paragraph_leaves_the_pronoun_open(
    pipeline: Pipeline, between: str
) -> None:
    # the president is talked about, not introduced as a new source: "he" may be either
    text = (
        "“The old order is gone,” said Tomas Varga, an expert at the Lakeside Institute. "
        f"{between}“This is all completely new for the country,” he said."
    )
    assert speaker_and_resolution(pipeline, text, "completely new") == (None, "unresolved")


@pytest.mark.parametrize(
    "between",
    [
        "Viktor Halden, who runs the harbour, arrived on Friday. ",
        "The mayor, Viktor Halden, arrived on Friday. ",
        "\nViktor Halden arrived on Friday. ",
    ],
)
def test_a_person_introduced_as_a_new_source_takes_the_pronoun(
    pipeline: Pipeline, between: str
) -> None:
    text = (
        "“The old order is gone,” said Tomas Varga, an expert at the Lakeside Institute. "
        f"{between}“This is all completely new for the town,” he said."
    )
    assert speaker_and_resolution(pipeline, text, "completely new") == ("Viktor Halden", "pronoun")


def test_a_name_qualified_by_its_organisation_names_the_source(pipeline: Pipeline) -> None:
    text = (
        "“We are very worried,” said Ana Berg, a spokeswoman for the relief group.\n"
        "“We are sending supplies,” Lena Holm of the refugee agency said.\n"
        "She said the agency had reports of thousands of families on the move."
    )
    assert speaker_and_resolution(pipeline, text, "sending supplies") == ("Lena Holm", "name")
    assert speaker_and_resolution(pipeline, text, "had reports") == ("Lena Holm", "pronoun")


def test_a_gendered_noun_set_off_before_a_name_gives_its_gender() -> None:
    text = (
        "A spokeswoman for the health agency, Maria Santos, spoke first. "
        "The mayor's husband, Paul Grant, spoke next."
    )
    entities = [
        EntityMention(text.index(n), text.index(n) + len(n), n, "PERSON")
        for n in ("Maria Santos", "Paul Grant")
    ]
    second = text.index("The mayor")
    sentences = [Sentence(0, second - 1), Sentence(second, len(text))]
    assert person_genders(text, entities, sentences) == {"Maria Santos": "f", "Paul Grant": "m"}


def test_the_last_speaker_known_to_fit_keeps_the_pronoun_over_a_person_talked_about(
    pipeline: Pipeline,
) -> None:
    text = (
        "“The patients are stable,” said Ms. Maria Santos, who runs the clinic. "
        "Health Minister Paul Grant visited the ward on Friday. "
        "“They have displayed mild symptoms,” she said."
    )
    assert speaker_and_resolution(pipeline, text, "mild symptoms") == ("Maria Santos", "pronoun")


@pytest.mark.parametrize(
    ("body", "who"),
    [("Nora Quill", "Nora Quill"), ("Quill Holdings", "Helen Marsh")],
)
def test_a_person_shaped_name_tagged_an_organisation_is_not_passed_over(
    body: str, who: str
) -> None:
    # the recogniser called the second source an organisation; shaped like a person's
    # name, it is the nearest source "she" can mean, never skipped for the one before
    text = (
        f"Helen Marsh said the ward was ready. {body} said the pair had not travelled. "
        "She said the patients had mild symptoms."
    )
    entities = [
        EntityMention(
            text.index("Helen Marsh"), text.index("Helen Marsh") + 11, "Helen Marsh", "PERSON"
        ),
        EntityMention(text.index(body), text.index(body) + len(body), body, "ORG"),
    ]
    resolver = SpeakerResolver(text, entities, period_sentences(text))
    for name in ("Helen Marsh", body):
        resolver.resolve(text.index(name), text.index(name) + len(name))
    she = text.index("She said")
    assert resolver.resolve(she, she + 3).canonical == who


def test_a_person_shaped_organisation_followed_by_another_person_leaves_she_open() -> None:
    text = (
        "Helen Marsh said the ward was ready. Nora Quill said the pair had not travelled. "
        "The pair met Tom Hale on Monday. She said the patients had mild symptoms."
    )
    entities = [
        EntityMention(text.index(n), text.index(n) + len(n), n, label)
        for n, label in (("Helen Marsh", "PERSON"), ("Nora Quill", "ORG"), ("Tom Hale", "PERSON"))
    ]
    resolver = SpeakerResolver(text, entities, period_sentences(text))
    for name in ("Helen Marsh", "Nora Quill"):
        resolver.resolve(text.index(name), text.index(name) + len(name))
    she = text.index("She said")
    assert resolver.resolve(she, she + 3).canonical is None


def test_a_relation_named_by_his_gives_the_speaker_his_gender(pipeline: Pipeline) -> None:
    text = (
        "“We are ready,” said Tom Hale. His wife, Ana Hale, was not so sure. "
        "“I am worried,” she said."
    )
    assert speaker_and_resolution(pipeline, text, "worried") == ("Ana Hale", "pronoun")


def test_a_person_known_to_fit_but_named_sentences_earlier_does_not_block_the_nearest(
    pipeline: Pipeline,
) -> None:
    # Mr. Hale fits "he" too, but the writer has moved on to Dan Ruiz since
    text = (
        "Mr. Tom Hale opened the hearing on Monday. The committee heard experts for hours. "
        "The session ran late into the evening. Dan Ruiz arrived at nine. "
        "He said the farms needed water."
    )
    assert speaker_and_resolution(pipeline, text, "farms needed water") == ("Dan Ruiz", "pronoun")


def test_a_subject_named_after_a_person_shaped_organisation_is_weighed_as_usual() -> None:
    text = (
        "Helen Marsh said the ward was ready. Nora Quill said the pair had not travelled.\n"
        "Later, Tom Hale visited the clinic. He said the staff were coping well."
    )
    entities = [
        EntityMention(text.index(n), text.index(n) + len(n), n, label)
        for n, label in (("Helen Marsh", "PERSON"), ("Nora Quill", "ORG"), ("Tom Hale", "PERSON"))
    ]
    resolver = SpeakerResolver(text, entities, period_sentences(text))
    for name in ("Helen Marsh", "Nora Quill"):
        resolver.resolve(text.index(name), text.index(name) + len(name))
    he = text.index("He said")
    assert resolver.resolve(he, he + 2).canonical == "Tom Hale"


def test_a_known_person_only_mentioned_does_not_compete_with_the_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "In the harbour town, opposition leader Dan Ruiz laid out conditions for talks with "
        "Mr. Tom Hale's forces. Among them was an end to the sieges of the western towns. "
        "But ultimately, he said, the goal remains a new government."
    )
    assert speaker_and_resolution(pipeline, text, "the goal remains") == ("Dan Ruiz", "pronoun")


def test_a_pronoun_left_open_is_not_skipped_by_a_later_one(pipeline: Pipeline) -> None:
    # the first "he" may be Vance or Dunmore (named just before it), so it stays
    # unresolved; the later "he" must not jump back over it to Vance
    text = (
        "Martin Vance , an economist , said the levy was unfair .\n"
        "Royce Dunmore 's essays on tariffs are a fair sample of the argument .\n"
        "The new levy , he said , would cost the farmers dearly .\n"
        "The banks drew his scorn too .\n"
        "In those years he began to attack the banks : `` The banks have never paid for "
        "their mistakes . ''"
    )
    assert speaker_and_resolution(pipeline, text, "cost the farmers") == (None, "unresolved")
    assert speaker_and_resolution(pipeline, text, "never paid for") == (None, "unresolved")


def test_a_resolved_pronoun_chain_still_continues(pipeline: Pipeline) -> None:
    text = (
        "Martin Vance , an economist , said the levy was unfair .\n"
        "The new levy , he said , would cost the farmers dearly .\n"
        "The banks drew his scorn too .\n"
        "In those years he began to attack the banks : `` The banks have never paid for "
        "their mistakes . ''"
    )
    assert speaker_and_resolution(pipeline, text, "cost the farmers") == ("Martin Vance", "pronoun")
    assert speaker_and_resolution(pipeline, text, "never paid for") == ("Martin Vance", "pronoun")


def test_a_pronoun_after_a_possessor_gives_the_possessor_no_gender(pipeline: Pipeline) -> None:
    # the "he" is the husband: read as the widow's gender, it made her "she adds" go to
    # an earlier woman
    text = (
        "Take the case of Dora Venn, whose husband Ivo Venn died in a crash. "
        "Mrs Venn later received an apology. "
        "Vera Lusk, another founding member of the group, was at the meeting. "
        "Vera's husband, Tomas, was a diplomat in Orlova when he was shot dead. "
        "Liaison officers are often 'the nearest person at the time', reports Vera Lusk. "
        "'They read their brief on the way to see a widow,' she adds."
    )
    assert speaker_and_resolution(pipeline, text, "read their brief") == ("Vera Lusk", "pronoun")
    entities = [
        EntityMention(0, 4, "Vera", "PERSON", canonical="Vera Lusk"),
        EntityMention(40, 45, "Tomas", "PERSON"),
    ]
    short = "Vera's husband, Tomas, a diplomat, said he was shot."
    assert "Vera Lusk" not in person_genders(short, entities[:1], [Sentence(0, len(short))])


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Dana Pell asked her about the permits.", {}),
        ("Dana Pell thanked him.", {}),
        ("Dana Pell asked her aides about the permits.", {"Dana Pell": "f"}),
        ("Dana Pell said that she would stay.", {"Dana Pell": "f"}),
    ],
)
def test_an_object_pronoun_in_the_names_own_clause_is_no_evidence_of_its_gender(
    clause: str, expected: dict[str, str]
) -> None:
    # "Pell asked her": the name itself would be "herself", so "her" is someone else
    entities = [EntityMention(0, 9, "Dana Pell", "PERSON")]
    assert person_genders(clause, entities, [Sentence(0, len(clause))]) == expected
