"""A reader is shown a speaker only where the text says someone said it (the statement
lever) and only someone who can speak (the can-speak lever); the source span stays for
scoring either way, and saying verbs with real speakers keep theirs."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.nlp import annotate, parse_spans
from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.shown import fragment_content
from storyline.analyze.quotes.speaking_sources import head_can_speak, name_can_speak
from storyline.model import Span, Speaker


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # wanting, favouring: an attitude the writer describes
        (
            "The northern republic is short of food and wants direct talks with its neighbours.",
            "direct talks",
            "The northern republic",
        ),
        ("Over the years he has favored tighter rules for the banks.", "tighter rules", "he"),
        # knowing: the writer's assertion of a fact, not words
        ("Local teachers know that the enemy is not the school board.", "the enemy", "teachers"),
        # deeds done to an object
        (
            "Local fishermen attacked the oil slick by skimming it off the water.",
            "oil",
            "fishermen",
        ),
        ("The rebel commander has accepted a plan for ending the siege.", "a plan", "commander"),
        # a topic talked about, not what was said
        (
            "The mayor and the governor talked about the problems around the flood at the weekend.",
            "the problems",
            "The mayor",
        ),
        # "call" with a bare object: an idiom or a person called, no saying
        ("In the south, the militia quietly calls the shots in most towns.", "shots", "militia"),
        # a stance aimed at something: the object is no words
        ("The senator thanked the fire chief on Tuesday.", "the fire chief", "The senator"),
    ],
)
def test_attitudes_perceptions_and_deeds_show_no_speaker(
    pipeline: Pipeline, text: str, words: str, source: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and source in q.speaker.text  # the source span is kept
    assert q.speaker.name is None


def _span(sentence: str, words: str) -> Any:
    """The parsed tokens of `words` inside `sentence`."""
    doc = parse_spans([annotate(sentence)[:]])[0]
    start = sentence.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("sentence", "words", "fragment"),
    [
        # a clause cut before its verb: only the apposition is left
        ("A spokesman denied that the mayor, Tom Baker, had known.", "the mayor, Tom Baker", True),
        # a name and a ticker symbol
        ("It said Acme Re (ACMR.DE) follows with $ 80 million.", "Acme Re (ACMR", True),
        # only where and when
        (
            "He spoke at a news conference called late on Monday.",
            "at a news conference called late on Monday",
            True,
        ),
        # a statement, and a one-word answer
        ("She said the plan was bold.", "the plan was bold", False),
        ("The mayor said no.", "no", False),
    ],
)
def test_fragment_contents(sentence: str, words: str, fragment: bool) -> None:
    assert fragment_content(_span(sentence, words)) is fragment


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a thing as the parse's subject of "said"
        (
            "The reason little has changed, said Tom Baker, an energy analyst, is a lack of nerve.",
            "lack of nerve",
            "The reason",
        ),
        # a possessive alone
        (
            "Campaigners have used the flood to bolster their argument that the dams are risky.",
            "the dams are risky",
            "their",
        ),
        # an upper-case fragment of a broken line, unknown to the recogniser
        (
            "Last week, Acme Holdings AH . UL estimated the net losses from the storm at $ 2 bn.",
            "the net losses",
            "UL",
        ),
    ],
)
def test_sources_that_cannot_speak_are_not_shown(
    pipeline: Pipeline, text: str, words: str, source: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.text == source
    assert q.speaker.name is None


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        ("Experts believe that the storm will hit the coast on Friday.", "the storm", "Experts"),
        ("The council announced that a $2 million budget was agreed.", "budget", "The council"),
        ("The health agency confirmed that eight people had died.", "eight people", "agency"),
        ("A majority of voters agree that the bridge should be rebuilt.", "the bridge", "voters"),
        ("Ana Ruiz said the plan was bold.", "the plan was bold", "Ana Ruiz"),
        (
            'The senator criticized the plan as "a reckless gamble" on Tuesday.',
            "reckless gamble",
            "The senator",
        ),
        ("Asked if the tunnel was safe, the mayor said no.", "no", "the mayor"),
        # quoted words offered are words, though "offered" alone is a deed
        (
            'Ana Ruiz offered her "three rules for a quiet harbour" to the board.',
            "three rules",
            "Ana Ruiz",
        ),
        # a noun for a person that ends in no agent suffix
        ('The clerk locked the door and said: "The hall is closed tonight."', "hall", "clerk"),
    ],
)
def test_statements_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, shown: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.name is not None
    assert shown in q.speaker.name


@pytest.mark.parametrize(
    ("shown", "speaks"),
    [
        ("Neither Smith", False),  # a name the parse took with its quantifier
        ("Some of", False),  # cut before what it names
        ("their", False),  # a possessive left alone
        ("the country 's", False),
        ("Ana Ruiz", True),
        ("Some residents", True),
        ("Both parties", True),
    ],
)
def test_shown_names_that_read_as_someone(shown: str, speaks: bool) -> None:
    assert name_can_speak(shown) is speaks


def test_a_pronouns_antecedent_is_shown_without_bracket_tokens() -> None:
    speaker = Speaker("they", 40, 44, None, False, "pronoun", Span(10, 22, "-RRB- people"))
    assert speaker.name == "people"


def _token(text: str, tag: str, *, start: bool = False, children: tuple[Any, ...] = ()) -> Any:
    """A parsed word as `head_can_speak` reads it, so each case of the rule is exercised
    whatever the tagger of the day makes of a sentence."""
    return SimpleNamespace(
        text=text,
        lower_=text.lower(),
        tag_=tag,
        dep_="nsubj",
        ent_type_="",
        is_sent_start=start,
        children=list(children),
        doc=SimpleNamespace(has_annotation=lambda attr: True),  # parsed
    )


def test_a_name_tagged_as_a_common_noun_can_speak() -> None:
    # mid-sentence ("'' Reyes said"), or a bare singular opening its sentence
    assert head_can_speak(_token("Tamsin", "NN"))
    assert head_can_speak(_token("Tamsin", "NN", start=True))
    det = SimpleNamespace(dep_="det", text="The")
    assert not head_can_speak(_token("Reason", "NN", start=True, children=(det,)))
    assert not head_can_speak(_token("reason", "NN"))


def test_a_noun_whose_appositive_names_someone_can_speak() -> None:
    # "coach Ivo Marek" parsed with "coach" as the head and the name as its appositive
    name = SimpleNamespace(**{**vars(_token("Marek", "NNP")), "dep_": "appos"})
    assert head_can_speak(_token("trainee", "NN", children=(name,)))
    assert not head_can_speak(_token("trainee", "NN"))


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        # a short upper-case name opening a sentence, recognised elsewhere in the article
        (
            "AB Holdings Plc said on Monday it would pay. AB said the well was capped.",
            "capped",
            "AB",
        ),
        # a surname the tagger read as a plural noun, named in full before
        (
            "The chief, Ivo Suttles, spoke on Monday. Suttles said he was not involved.",
            "not involved",
            "Suttles",
        ),
        # a share of the people polled
        ("Among voters, 38 percent said the tax was too high.", "too high", "38 percent"),
        ("In March, 54 % of those asked said the war was a mistake.", "mistake", "54 %"),
        # a quantifier standing for people
        ("Some within government have said the rules are too tight.", "too tight", "Some"),
        ("Some U.S. lawmakers have said a ban on drilling is needed.", "a ban", "lawmakers"),
        # plurals of compounds of -people and -men
        ("Spokespeople predicted the impact would be small.", "small", "Spokespeople"),
        ("The two congressmen said a bill would pass by May.", "a bill", "congressmen"),
        # broadcasters, bodies, households, fighters, and writings that state things
        ("Zawiyah was in rebel hands, state television reported.", "rebel hands", "television"),
        ("The naval force said the ship was freed.", "freed", "force"),
        ("The world body said the port was still open.", "still open", "body"),
        ("The prince's household said he had been taken by surprise.", "surprise", "household"),
        ("Hill guerrillas said they had shot down the helicopter.", "shot down", "guerrillas"),
        ("The communique said the sea lanes were safe.", "sea lanes", "communique"),
        ("A summary of the advice said the war was lawful.", "lawful", "summary"),
    ],
)
def test_people_and_bodies_the_can_speak_check_missed_are_shown(
    pipeline: Pipeline, text: str, words: str, shown: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.name is not None
    assert shown in q.speaker.name


def test_a_short_upper_case_fragment_named_nowhere_stays_hidden(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, "UL estimated the claims at 300 million dollars.", "claims")
    assert q.speaker is not None and q.speaker.name is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Residents of Dunmere said nothing for years about the leaking dam.", "nothing"),
        ("Asked about the levy, the harbour board would not reveal anything.", "anything"),
    ],
)
def test_an_object_saying_there_were_no_words_shows_no_speaker(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is None or q.speaker.name is None
