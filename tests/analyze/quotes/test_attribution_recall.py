"""Attribution shapes beyond the core reporting verbs, each on a sentence written for it:
verbs that report only with a speaking subject, verbs that report only with a particle,
and the inflected forms of verbs that double their last consonant."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.cues import cue_lemma
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Harbour master Tom Reid hinted that fares would rise.", "fares", "Tom Reid"),
        ("The envoy reaffirmed that the border treaty would stand.", "border treaty", "envoy"),
        ("The senator pointed out that the squad had lost four players.", "four", "senator"),
        ("The director made clear that no jobs would be cut.", "no jobs", "director"),
        ("The senator made it clear that she would not run again.", "not run", "senator"),
        (
            "In a new survey released Monday, turnout among anglers fell by half.",
            "turnout",
            "survey",
        ),
        ("In a harbour survey last month, turnout fell by half.", "turnout", "survey"),
        # (advice with no words quoted shows no speaker since notspeech44; its words do)
        (
            'The senator encouraged voters to "register early and vote often."',
            "register early",
            "senator",
        ),
        ("The minister reminded parents that the school would close early.", "close", "minister"),
        ("The senator stressed that pilots were scarce.", "pilots were scarce", "senator"),
        ("Asked if the tunnel was safe, the mayor said no.", "no", "mayor"),
        ("Most anglers said yes.", "yes", "anglers"),
        ("The inquiry found that the sea wall was too low.", "sea wall", "inquiry"),
        # ("called for the council to vote": an appeal, shown to no reader since notspeech45,
        # as "urged the council to vote" is; test_notspeech45)
    ],
)
def test_a_verb_reports_with_a_speaking_subject(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.speaker is not None and speaker in quote.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "In her view, the harbour levy was a mistake.",
        "The harbour levy, in her view, was a costly mistake.",
    ],
)
def test_a_view_is_its_holders(pipeline: Pipeline, text: str) -> None:
    """ "In her view" is hers: the source is the possessor (resolved like any "her"; here
    nobody is named, so no name is shown), never the phrase "her view" (classes49)."""
    quote = quote_with(pipeline, text, "harbour levy")
    assert quote.speaker is not None and quote.speaker.text == "her"
    assert quote.speaker.name is None


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # the object is only what the words were about or aimed at, or what was done:
        # the attribution and its source span are still found, but no speaker is shown
        # (the shown-speaker policy of issue 14: a topic or a target is not a statement)
        ("Ms Okafor pointed to the falling rents as a warning.", "falling rents", "Okafor"),
        ("The mayor talked about the flooded tunnels for an hour.", "flooded tunnels", "mayor"),
        ("The senator spoke about the closed mines at length.", "closed mines", "senator"),
        ("The senator pushed for a ban on the new pesticide.", "a ban", "senator"),
        (
            "\u201cWe will build it,\u201d the mayor said, referring to the new bridge.",
            "new bridge",
            "mayor",
        ),
        ("The minister identified the levy as the main obstacle.", "main obstacle", "minister"),
        ("The mayor cast the vote as a test of trust.", "test of trust", "mayor"),
        ("The senator focused on the rising cost of ferries.", "rising cost", "senator"),
        ("The deputy railed against the new fishing tariffs.", "fishing tariffs", "deputy"),
        ("The magazine portrayed the governor as a quiet reformer.", "quiet reformer", "magazine"),
        ("The mayor apologized for the flooded tunnels.", "flooded tunnels", "mayor"),
        ("The senator defended his call to raise the ferry fares.", "his call", "senator"),
        ("Mr Reid and Ms Okafor lamented the quarry closure.", "quarry closure", "Reid"),
        ("The harbour levy was criticised by the mayor on Friday.", "harbour levy", "mayor"),
        ("The quarry plan was rejected by the council.", "quarry plan", "council"),
        ("The harbour levy, criticised by the mayor last week, will stay.", "levy", "mayor"),
        ("Ms Okafor commented on the quarry closure.", "quarry closure", "Okafor"),
    ],
)
def test_a_topic_or_target_keeps_its_source_but_shows_no_speaker(
    pipeline: Pipeline, text: str, words: str, source: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.speaker is not None and source in quote.speaker.text
    assert quote.speaker.name is None


@pytest.mark.parametrize(
    "text",
    [
        # a verb that reports only with a speaking subject
        "The old trail points to the north shore of the lake.",
        "The cracked bell speaks of a long and hard winter.",
        "The storm made the road clear of snow.",
        "In the spring, turnout among anglers fell by half.",
        "The clerk referred the dispute to a county judge.",
        "The chef ordered fresh fish for the evening menu.",
        "The fisherman cast his net into the bay.",
        # a thing found is no finding: only a clause ("found that ...") reports one
        "The harbour workers found new jobs at the port in the spring.",
        "The lens focused on the distant lighthouse.",
        # a poll inside the clause: on PolNeAR train as often not an attribution as one
        "Ms Reyes leads the mayoral race in the latest poll.",
        "The tide pushed the boat against the pier.",
        # a verb that reports only with its particle
        "The ranger pointed the camera at the sleeping bear.",
        # with no content of its own, it takes no quoted words
        "Speaking on \u201cMorning Forum,\u201d the governor waved at the crowd.",
        "Talking on \u201cMorning Forum,\u201d the governor waved at the crowd.",
    ],
)
def test_the_same_verb_reports_nothing_otherwise(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


def test_a_doubled_consonant_form_is_a_cue() -> None:
    assert cue_lemma("slammed") == "slam"
    assert cue_lemma("dubbed") == "dub"
    assert cue_lemma("spoke") == "speak"
    assert cue_lemma("focuses") == "focus"


def test_an_opening_in_phrase_leaves_a_reporting_verb_its_own() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = "In a statement, the ferry company said the crossing would reopen on Friday."
    quote = quote_with(pipeline, text, "crossing")
    assert quote.cue == "said" and quote.speaker is not None
    assert "ferry company" in quote.speaker.name


def test_a_reporting_adverb_reports_its_clause_with_no_speaker() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = "The ferry company has reportedly hired a new auditor."
    quote = quote_with(pipeline, text, "new auditor")
    assert quote.speaker is None


def test_an_in_phrase_on_a_reporting_verb_adds_nothing() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = "The senator said in a radio interview that the ferry would run."
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [(q.text, q.cue) for q in quotes] == [("the ferry would run", "said")]


def test_a_participle_on_an_object_is_not_the_subjects_words() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "Reactions have varied, with Norway freezing new fishing permits to Iceland and "
        "the Faroes pushing for an immediate halt at the regional council."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert not [q for q in quotes if q.speaker is not None and "Norway" in q.speaker.name]


def test_an_object_is_no_ones_words_when_the_subject_cannot_speak() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "Despite the mayor's plea, emphasizing the risk of floods, the council's commitment "
        "to the new sea wall remains firm."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    said = [q for q in quotes if "risk of floods" in q.text]
    assert said, "the object is still reported content"
    assert all(q.speaker is None or q.speaker.name is None for q in said)


def test_a_rejected_appeal_is_not_the_rejecters_words(pipeline: Pipeline) -> None:
    # only one's own words defended under a possessive are one's own content
    text = "The senator rejected their call to raise the ferry fares."
    assert not any("call" in q for q in _quotes(pipeline, text))


def test_a_passive_with_no_agent_names_no_content(pipeline: Pipeline) -> None:
    # "was criticised" with no "by": nobody is named, so the subject is not made content
    assert _quotes(pipeline, "The harbour levy was criticised on Friday.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The ferry was too old to sail safely, the captain said, on condition of anonymity.",
            "The ferry was too old to sail safely",
        ),
        (
            "The levy is meant to pay for the sea wall, Ana Ruiz said, and the council agreed.",
            "The levy is meant to pay for the sea wall",
        ),
    ],
)
def test_an_attribution_closing_its_clause_reports_the_clause_before_it(
    pipeline: Pipeline, text: str, said: str
) -> None:
    # what follows the attribution ("on condition of anonymity", "and the council
    # agreed") is said of the saying or by the writer, not the words reported
    assert said in _quotes(pipeline, text)


def test_a_participle_after_a_closing_attribution_is_the_sayers(pipeline: Pipeline) -> None:
    text = "\u201cToo much noise,\u201d she said, blaming the trucks at the quarry."
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    blaming = [q for q in quotes if q.cue == "blaming"]
    assert blaming and all(q.speaker is not None and q.speaker.text == "she" for q in blaming)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "The levy vote signals \u201cthe end of the old port\u201d for the town, "
            "said Omar Halvi, head of the harbour board.",
            "The levy vote signals \u201cthe end of the old port\u201d for the town",
            "Omar Halvi",
        ),
        (
            "Pair a spring tide with a \u201cweak sea wall\u201d and the quay floods, "
            "said Ana Ruiz, an engineer.",
            "Pair a spring tide with a \u201cweak sea wall\u201d and the quay floods",
            "Ana Ruiz",
        ),
    ],
)
def test_a_closing_inverted_attribution_reports_the_whole_clause(
    pipeline: Pipeline, text: str, said: str, speaker: str
) -> None:
    # quoted words inside the clause are part of what was said, not all of it, and the
    # name after the verb says it, not the clause's own subject
    quote = quote_with(pipeline, text, said)
    assert quote.text == said
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_day_after_a_closing_verb_is_no_speaker(pipeline: Pipeline) -> None:
    text = "\u201cWe need no more ferries,\u201d Ana Ruiz, the harbour master, said Sunday."
    quote = quote_with(pipeline, text, "more ferries")
    assert quote.speaker is not None and quote.speaker.text == "Ana Ruiz"


def test_an_opening_in_phrase_leaves_a_joined_verb_of_saying_its_own(pipeline: Pipeline) -> None:
    text = (
        "In an interview with a harbour paper, Tom Bell stood by his remarks and said "
        "the judge had a conflict of interest."
    )
    quote = quote_with(pipeline, text, "conflict of interest")
    assert quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.text == "Tom Bell"


def test_a_closing_attribution_parsed_as_a_conjunct_reports_the_clause_before(
    pipeline: Pipeline,
) -> None:
    # the parse makes "told" a second conjunct of "remains", with its own subject and no
    # clause: the clause before the comma is what the aide told the paper
    text = (
        "Despite a series of costly defeats on Tuesday night, Sen. Ann Ray (D-Ore.) remains "
        "committed to seeing the primary through to the convention, her top aide, Tom Best, "
        "told The Daily Ledger."
    )
    arts = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    told = [q for q in arts.quotes if q.cue == "told"]
    assert told and "remains committed" in told[0].text, arts.quotes
    assert told[0].speaker is not None and told[0].speaker.canonical == "Tom Best"


def test_a_conjunct_joined_by_and_keeps_its_own_words(pipeline: Pipeline) -> None:
    text = "The ferry ran late on Tuesday, and the mayor said nothing about it."
    assert _quotes(pipeline, text) == ["nothing"]


def test_answer_is_a_verb_of_saying(pipeline: Pipeline) -> None:
    text = (
        "The governor gave a one word answer on the question. “Denver,” he answered.\n\n"
        "The mayor answered that the pier would be rebuilt by June."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [(q.text, q.cue) for q in quotes] == [
        ("“Denver,”", "answered"),
        ("the pier would be rebuilt by June", "answered"),
    ]


def test_answering_questions_says_nothing(pipeline: Pipeline) -> None:
    text = "The mayor answered questions from reporters for an hour on Tuesday."
    assert _quotes(pipeline, text) == []


def test_the_name_of_a_markup_tag_is_no_cue(pipeline: Pipeline) -> None:
    # page code left in the text: "<tweet ...>" names a tag, nobody tweets in it
    text = (
        "The mayor wrote about the delay on Tuesday. "
        '<tweet pic="" author="harbourmaster" timestamp="1449075600">The ferry is late '
        "again.</tweet>. The council met later."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [q.cue for q in quotes] == ["wrote"]


@pytest.mark.parametrize(
    ("text", "words", "cue", "source"),
    [
        (
            "The harbour master alluded to the closed ferry route.",
            "ferry route",
            "alluded",
            "master",
        ),
        (
            "The mayor referenced the flood report in her speech.",
            "flood report",
            "referenced",
            "mayor",
        ),
        (
            "\u201cWe will build it,\u201d the mayor said, referencing the new bridge.",
            "new bridge",
            "referencing",
            "mayor",
        ),
        (
            "Ms Okafor highlighted the rising cost of ferries.",
            "rising cost",
            "highlighted",
            "Okafor",
        ),
        (
            "The senator underscored that the levy would stay.",
            "levy would stay",
            "underscored",
            "senator",
        ),
    ],
)
def test_verbs_of_pointing_at_words_report_them(
    pipeline: Pipeline, text: str, words: str, cue: str, source: str
) -> None:
    # "allude to", "reference", "highlight", "underscore": the object is what a speaker
    # drew attention to (PARC/PolNeAR mark them as cues like "refer to", "stress")
    quote = quote_with(pipeline, text, words)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        # "highlight" and "underscore" report only with a source that can speak
        "The storm underscored the weakness of the sea wall.",
        "The low sun highlighted the cracks in the old sea wall.",
    ],
)
def test_highlight_and_underscore_need_a_speaking_source(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "words", "cue", "source"),
    [
        ("The mayor derided the ferry plan as a waste of money.", "ferry plan", "derided", "mayor"),
        ("The deputy assailed the new harbour levy.", "harbour levy", "assailed", "deputy"),
        ("The senator chided the council for its delay.", "council", "chided", "senator"),
        ("The board rebuked the harbour master.", "harbour master", "rebuked", "board"),
        ("Ms Okafor extolled the virtues of the new bridge.", "virtues", "extolled", "Okafor"),
        ("The governor lauded the rescue crews.", "rescue crews", "lauded", "governor"),
    ],
)
def test_verbs_of_scorn_and_praise_report_their_object(
    pipeline: Pipeline, text: str, words: str, cue: str, source: str
) -> None:
    # like "lambaste" and "hail": the object is what the source spoke against or for
    quote = quote_with(pipeline, text, words)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text


def test_extol_doubles_its_last_consonant() -> None:
    assert cue_lemma("extolled") == "extol"
    assert cue_lemma("extolling") == "extol"


@pytest.mark.parametrize(
    ("text", "words", "cue", "source"),
    [
        (
            "The mayor retweeted a photo of the flooded tunnel.",
            "flooded tunnel",
            "retweeted",
            "mayor",
        ),
        ("The senator invoked the memory of the great flood.", "great flood", "invoked", "senator"),
    ],
)
def test_retweet_and_invoke_report_their_object(
    pipeline: Pipeline, text: str, words: str, cue: str, source: str
) -> None:
    # a retweet passes on someone's words; invoking a name or an event is citing it
    quote = quote_with(pipeline, text, words)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text


def test_invoke_needs_a_speaking_source(pipeline: Pipeline) -> None:
    assert _quotes(pipeline, "The empty harbour invoked the old days of the fleet.") == []


@pytest.mark.parametrize(
    ("text", "words", "cue", "source"),
    [
        ("The mayor bemoaned the loss of the night ferry.", "night ferry", "bemoaned", "mayor"),
        (
            "The senator opined that the levy was too high.",
            "levy was too high",
            "opined",
            "senator",
        ),
        (
            "The governor is mulling a run for the Senate.",
            "run for the Senate",
            "mulling",
            "governor",
        ),
    ],
)
def test_bemoan_opine_and_mull_report_their_content(
    pipeline: Pipeline, text: str, words: str, cue: str, source: str
) -> None:
    # "bemoan" is "lament", "opine" is "say", "mull" is "consider" (the last only with a
    # source that can think)
    quote = quote_with(pipeline, text, words)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text


def test_mull_needs_a_thinking_source(pipeline: Pipeline) -> None:
    assert _quotes(pipeline, "The old kettle mulled the cider all night.") == []


def test_brag_reports_with_a_speaking_source(pipeline: Pipeline) -> None:
    # "brag" is "boast", but as often said of a thing ("the town brags a fine harbour")
    quote = quote_with(pipeline, "The mayor bragged that the ferry was never late.", "never late")
    assert quote.cue == "bragged"
    assert quote.speaker is not None and "mayor" in quote.speaker.text
    assert cue_lemma("bragging") == "brag"


@pytest.mark.parametrize(
    ("text", "words", "cue", "source"),
    [
        ("The mayor disavowed the ferry plan.", "ferry plan", "disavowed", "mayor"),
        ("The senator repudiated the harbour levy.", "harbour levy", "repudiated", "senator"),
        (
            "The candidate renounced the union's endorsement.",
            "endorsement",
            "renounced",
            "candidate",
        ),
    ],
)
def test_verbs_of_disowning_report_their_object(
    pipeline: Pipeline, text: str, words: str, cue: str, source: str
) -> None:
    # like "reject" and "denounce": the object is what the source spoke against
    quote = quote_with(pipeline, text, words)
    assert quote.cue == cue
    assert quote.speaker is not None and source in quote.speaker.text
