"""Only statements are shown as someone's quote (statements1, issue 14).

An attribution whose content is a bare noun phrase is kept with its source span (PolNeAR
scores the broad sense), but a reader is shown a speaker only when the words are given: a
clause, an infinitive, or quotation marks. A bare object is what the words were about
("announced the picks", "reported another raid"), since statements4 a count or an amount
too ("announced a $2 million budget", "confirmed 30 cases of the flu":
test_not_speech_shapes.py), and since notspeech21 a demand or an undertaking as well
("calling for a delay in the vote", "threaten a strike", "proposes a tax on ferries").
A topic, a work or a reason ("described the crash", "wrote a novel", "cited her long
career"), a stance aimed at something ("critical of the levy", "his opposition to the
dam"), one word alone, the subject of a passive, an object whose predicate the content
leaves out, a person threatened and a participle in a prepositional phrase state nothing;
such a quote is marked "unstated" and no list a reader reads takes it (`Quote.stated`).
All texts are invented.
"""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote, Speaker


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a topic, a work or a reason: what the words were about, not what they said
        ("Dara Venn described the crash outside the depot.", "the crash", "Dara Venn"),
        ("The minister recounted the night of the storm.", "night of the storm", "minister"),
        ("The minister explained the new ferry timetable.", "ferry timetable", "minister"),
        ("The senator tweeted a photo of the flooded tunnel.", "flooded tunnel", "senator"),
        ("Tomas Vell wrote a long romance about the siege.", "romance", "Tomas Vell"),
        (
            "A retired harbour officer, Lio Sark cited her long career on the river.",
            "long career",
            "officer",
        ),
        ("The leaked files reveal tensions in the Varn council.", "tensions", "files"),
        # a stance aimed at something
        ("Tomas Ebert was critical of the levy.", "levy", "Tomas Ebert"),
        ("The union's endorsement of the mayor surprised nobody.", "the mayor", "union"),
        ("The bishop's opposition to the new dam was well known.", "the new dam", "bishop"),
        # one word alone
        ("A week later the port authority confirmed injuries.", "injuries", "authority"),
        # words named, not given
        (
            "The weekly Varn Courier reported state rhetoric about the strikers.",
            "rhetoric",
            "Courier",
        ),
        # the subject of a passive: what was spoken of
        ("The merger was proposed last year by Envoy Mira Dace.", "merger", "Mira Dace"),
        # an object without the predicate it was given
        ("Ivo Brant called the vote in Morvia a fraud.", "the vote", "Ivo Brant"),
        # a demand or an undertaking as a bare object (notspeech21): what was asked for or
        # bound to, its words not given
        ("The rebels are calling for a no-fly zone over the port.", "no-fly zone", "rebels"),
        (
            "The talks stalled, with Senator Ivo Brant calling for a delay in the vote.",
            "a delay",
            "Ivo Brant",
        ),
        ("The dock workers threaten a strike over the new rota.", "a strike", "workers"),
        ("The Varn Harbour Board proposes a new tax on ferries.", "tax on ferries", "Board"),
        # a person threatened; a participle giving the circumstance of another act
        (
            "The council set a curfew, threatening anyone who breaks it with arrest.",
            "anyone who breaks",
            "council",
        ),
        (
            "Mayor Lena Orr, in naming her deputies, said the board would meet weekly.",
            "her deputies",
            "Lena Orr",
        ),
    ],
)
def test_a_noun_phrase_that_states_nothing_shows_no_speaker(
    pipeline: Pipeline, text: str, words: str, source: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and source in q.speaker.text  # the source span is kept
    assert q.speaker.name is None
    assert not q.stated


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # what was announced or confirmed in a clause is stated
        ("The council announced that a $2 million budget was agreed.", "budget", "The council"),
        ("Norland officials have confirmed that 30 people have the flu.", "30 people", "officials"),
        # a demand or an undertaking given as a clause, an infinitive or quoted words
        ("The rebels are calling for the port to be closed to ships.", "port to be", "rebels"),
        (
            "The talks stalled, with Senator Ivo Brant calling for “a delay in the vote.”",
            "a delay",
            "Ivo Brant",
        ),
        ("The dock workers threaten that they will strike over the rota.", "strike", "workers"),
        # a topic verb with what its object is said to be, or a proposition in it
        ("Tomas Vell described the plan as a disaster.", "a disaster", "Tomas Vell"),
        ("Ana Ruiz spoke on Monday, revealing a plan to close the mill.", "a plan", "Ana Ruiz"),
        ("The ministry cited rising fuel costs for the delay.", "fuel costs", "ministry"),
        # a speech noun delivered, or with a clause
        ("The mayor voiced support for the new tram line.", "tram line", "mayor"),
        ("The envoy's claim that the dam is safe was false.", "the dam is safe", "envoy"),
        # an answer word stands for the answer
        ("Asked if the tunnel was safe, the mayor said no.", "no", "mayor"),
    ],
)
def test_what_was_stated_keeps_its_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.name is not None
    assert speaker in q.speaker.name
    assert q.stated


def test_quoted_words_beside_a_topic_verb_are_still_said(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, "Dara Venn described the raid as “a massacre.”", "massacre")
    assert q.speaker is not None and q.speaker.name == "Dara Venn"
    assert q.stated


def test_a_quote_with_no_speaker_or_an_unresolved_one_is_still_a_statement() -> None:
    assert Quote(0, 5, "words", "direct").stated
    unresolved = Speaker("he", 6, 8, None, False, "unresolved")
    assert Quote(0, 5, "words", "direct", "said", unresolved).stated
    unstated = Speaker("he", 6, 8, None, False, "unstated")
    assert not Quote(0, 5, "words", "indirect", "wants", unstated).stated
    assert unstated.name is None


def test_reports_someone_responds_to_are_not_the_responders(pipeline: Pipeline) -> None:
    text = "Responding to reports that Mr Hale would resign, Senator Ana Ruiz said he should stay."
    reported = quote_with(pipeline, text, "would resign")
    assert reported.speaker is None or reported.speaker.name is None
    said = quote_with(pipeline, text, "should stay")
    assert said.speaker is not None and said.speaker.name == "Ana Ruiz"
    owned = quote_with(pipeline, "Ana Ruiz stood by her report that the dam leaked.", "leaked")
    assert owned.speaker is not None and owned.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a gerund a verb of putting off takes: not done
        ("The campaign of Senator Ivo Brant delayed disclosing the senator's records.", "records"),
        ("The council avoided mentioning the cost of the new pier.", "the cost"),
        # a verb joined to an infinitive of purpose: no more said than that infinitive
        ("The town set up a line for residents to call in and report burst pipes.", "pipes"),
    ],
)
def test_a_saying_not_done_shows_no_speaker(pipeline: Pipeline, text: str, words: str) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is None or q.speaker.name is None


def test_a_saying_kept_up_is_still_shown(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, "The mayor kept saying that the port would reopen.", "reopen")
    assert q.speaker is not None and q.speaker.name == "The mayor"


def test_words_running_on_from_an_unstated_attribution_are_still_a_statement(
    pipeline: Pipeline,
) -> None:
    text = (
        "The harbour board of Varn wants a new pier. "
        "“We will wait for the spring and then we will build it at last.”"
    )
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    wish, words = article.quotes
    assert not wish.stated
    assert words.kind == "direct" and words.stated  # said, by a speaker left unresolved
    assert words.speaker is not None and words.speaker.resolution == "unresolved"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Residents of Tarnby reported another air raid on Sunday.", "air raid"),
        ("The Varn minister warned of civil war.", "civil war"),
        ("Maren Holt announced the picks for the board on Friday.", "the picks"),
        ("The agency confirmed the first death in the region.", "first death"),
        ("Vika Lund expressed concern about the dam's age.", "concern"),
    ],
)
def test_a_bare_object_of_any_verb_is_no_statement(
    pipeline: Pipeline, text: str, words: str
) -> None:
    """Whatever the verb, a bare noun phrase with no count, no infinitive and no clause is
    what the words were about: kept for scoring, no one's statement."""
    held = [q for q in pipeline.run(Article(id="t", text=text)).quotes if words in q.text]
    assert held and all(not q.stated for q in held)
