"""Attributions that state nothing (plans, intentions, states of things, agentless passives)
keep their source span but show no speaker; real statements keep theirs."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.parametrize(
    "text",
    [
        # a plan, a purpose
        "Mayor Dana Whitfield aims to discuss the harbour budget with the unions next week.",
        "The two ministers met in Oslo on Monday to discuss new fishing quotas.",
        # a state of things
        "Admissions to the two clinics seem to be falling after the cold week.",
        "The two neighbours find their old treaty tested as the river dispute grows.",
        "Fishermen found the nets empty on Monday.",
        # a passive with no agent: its subject was spoken of
        "The new ferry is expected to enter service before the summer season.",
        # an expletive, a quantifier
        "It seems to me that the council has made a mountain out of a small leak.",
        "Anyone with a boat would agree that the harbour wall needs repairs.",
        # a stray letter of a split contraction
        'My sister don \' t listen , " I will go anyway " t said .',
    ],
)
def test_no_speaker_is_shown_for_what_nobody_stated(pipeline: Pipeline, text: str) -> None:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [(q.text, _shown(q)) for q in quotes if _shown(q) is not None] == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Inspectors found that the dam's spillway had cracked.", "spillway", "Inspectors"),
        (
            "Economist Rosa Lindqvist expects grain prices to rise sharply this autumn.",
            "grain prices",
            "Rosa Lindqvist",
        ),
        (
            "The harbour master said the northern channel would reopen on Friday.",
            "northern channel",
            "The harbour master",
        ),
        (
            "Ida Marsh went on to say that the harbour fees would double.",
            "harbour fees",
            "Ida Marsh",
        ),
        (
            "Northgate Ferries said in a statement that the vessel had passed its inspection.",
            "passed its inspection",
            "Northgate Ferries",
        ),
        (
            "The Harbour Times reported that the ferry had been sold.",
            "ferry had been sold",
            "Harbour Times",
        ),
        ("Okonkwo suggested that the vote be held again in the spring.", "vote be held", "Okonkwo"),
    ],
)
def test_a_statement_keeps_its_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert _shown(quote_with(pipeline, text, words)) == speaker


def test_an_intention_keeps_its_source_span_for_the_attribution(pipeline: Pipeline) -> None:
    text = "The port authority plans to dredge the northern channel in spring."
    q = quote_with(pipeline, text, "dredge")
    assert _shown(q) is None
    assert q.speaker is not None and q.speaker.start is not None
    assert "authority" in text[q.speaker.start : q.speaker.end]


def test_a_time_expression_is_never_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "I get letters from the crews all the time and 90 % say , "
        '"Keep going because the depot needs you here."'
    )
    assert _shown(quote_with(pipeline, text, "Keep going")) != "all the time"


def test_a_possessive_heading_with_a_colon_is_not_an_attribution(pipeline: Pipeline) -> None:
    text = (
        "Whitfield's Journey: Ports and Promises\n\n"
        "Mayor Dana Whitfield will visit three ports this week."
    )
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    assert [q.text for q in quotes if q.cue == ":"] == []


def test_a_name_colon_quoted_words_is_still_an_attribution(pipeline: Pipeline) -> None:
    text = "Whitfield on the harbour: “We will rebuild the wall before winter”\n\nMore follows."
    q = quote_with(pipeline, text, "rebuild the wall")
    assert q.cue == ":"
    assert "Whitfield" in (_shown(q) or "")


def test_a_name_ending_in_a_time_word_is_not_a_time() -> None:
    from storyline.analyze.nlp import annotate
    from storyline.analyze.quotes.statements import names_a_time

    doc = annotate("The Harbour Times reported it , and I heard it all the time .")
    by_word = {t.text: t for t in doc}
    assert not names_a_time(by_word["Times"])
    assert names_a_time(by_word["time"])


def test_a_name_modifying_a_common_noun_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Mayor Lena Dahl opened the pier on Monday. "
        "The Dahl administration said on Tuesday that the pier would close for repairs."
    )
    assert _shown(quote_with(pipeline, text, "pier would close")) == "The Dahl administration"


def test_a_surname_modifying_a_common_noun_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Mayor Lena Dahl opened the pier on Monday. "
        "Dahl officials say the pier will close for repairs in May."
    )
    assert _shown(quote_with(pipeline, text, "pier will close")) == "Dahl officials"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an undertaking with its own infinitive: a deed agreed on, not words
        ("The two harbour unions agreed to hold a strike ballot in June.", "strike ballot"),
        ("The ferry company offered to refund every ticket sold for May.", "refund every"),
        # a participle on a noun that cannot speak: what an event was about
        ("Fishermen staged rallies demanding a larger share of the quota.", "larger share"),
        # a question in mind
        ("Dock workers are wondering whether the yard will reopen.", "yard will reopen"),
        ("Traders wondering whether the port would close sold their stock.", "port would"),
        # a person's deeds show something; nobody states it
        ("Varga showed he could run the shipyard at a profit.", "run the shipyard"),
        # a doctrine does not speak, capitalised or not
        ("Localism expresses its frustration at every council meeting.", "frustration"),
        # an event convened, people or a place struck
        ("The port authority called an emergency meeting of the pilots.", "emergency meeting"),
        ("Masked men attacked the unarmed protesters on the quay.", "unarmed protesters"),
        # a condition: nothing happened
        ("If passengers accept the new fares, the line will survive.", "new fares"),
        # criticism with only its target: what the words were aimed at, not the words
        # (issue 14's shown-speaker policy; it showed the senator before)
        ("Senator Ruth Alder attacked the harbour budget as wasteful.", "harbour budget"),
    ],
)
def test_a_deed_a_condition_or_a_state_of_mind_shows_no_speaker(
    pipeline: Pipeline, text: str, words: str
) -> None:
    # the attribution stays (PolNeAR counts some of these), with nobody shown
    assert _shown(quote_with(pipeline, text, words)) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # assent to a claim (a "that" clause) is a statement
        (
            "The harbour master agreed that the pier needed new piles.",
            "new piles",
            "The harbour master",
        ),
        # a document that shows states a finding
        (
            "The audit showed that the treasurer had moved the funds.",
            "moved the funds",
            "The audit",
        ),
        # a letter can speak, so its participle is what it says
        ("Ida Marsh sent a letter demanding that the fees be cut.", "fees be cut", None),
        # a demand made by someone
        (
            "The dockers' union demanded that its members get a new contract.",
            "new contract",
            "The dockers' union",
        ),
    ],
)
def test_statements_beside_those_rules_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str | None
) -> None:
    shown = _shown(quote_with(pipeline, text, words))
    if speaker is None:
        assert shown is not None
    else:
        assert shown == speaker


def test_a_nested_attribution_shows_the_outer_speaker(pipeline: Pipeline) -> None:
    text = "The new ferry is expected to enter service in May, harbour officials said."
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    q = quote_with(pipeline, text, "enter service")
    assert _shown(q) == "harbour officials"
    assert q.text.startswith("The new ferry is expected")
    assert len([x for x in quotes if "enter service" in x.text]) == 1


def test_a_quote_nested_in_an_unshown_one_keeps_its_own_speaker(pipeline: Pipeline) -> None:
    text = "Mayor Ines Carver said the council expects the bridge to reopen in June."
    q = quote_with(pipeline, text, "bridge")
    assert _shown(q) == "Ines Carver"


def test_deed_rules_read_the_parse() -> None:
    from storyline.analyze.nlp import annotate
    from storyline.analyze.quotes.statements import can_speak

    doc = annotate("Nationalism and the report and the minister .")
    by_word = {t.text: t for t in doc}
    assert not can_speak(by_word["Nationalism"])
    assert can_speak(by_word["report"]) and can_speak(by_word["minister"])


def test_only_a_verb_of_saying_takes_over_a_nested_quote() -> None:
    from storyline.analyze.quotes.nesting import outer_speaks
    from storyline.model import Speaker

    text = "The guide goes on to mention the old lighthouse, the keeper said."
    inner = Quote(28, 48, text[28:48], "indirect", "mention", None)
    shown = Speaker("the keeper", 50, 60, None, True, "description")
    said = Quote(0, 48, text[0:48], "indirect", "said", shown)
    offers = Quote(0, 48, text[0:48], "indirect", "offers", shown)
    assert outer_speaks(text, said, inner)
    assert not outer_speaks(text, offers, inner)
