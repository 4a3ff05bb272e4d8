"""What is shown as a quote must be words someone said (statements2, issue 14).

Each case is a class a held-out reading found shown as someone's quote though nobody said
it, or a span that ran over a second attribution: a speech's title in quotation marks, an
object's words ("placards calling for ..."), what someone referred to, a speakerless
attribution that states nothing (a passive with no agent, a reporter's question), a quote
of marks and brackets alone, and a second clause with its own source joined by ", and".
Every text is invented.
"""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, bool]]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [(q.text, q.speaker.name if q.speaker else None, q.stated) for q in article.quotes]


def test_a_speech_title_in_marks_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Governor Ivo Marek will make the announcement tomorrow at a `` State of the "
        "Harbour 's Future Security '' speech at Veska University ."
    )
    assert not [q for q in _quotes(pipeline, text) if "Harbour" in q[0]]


def test_words_on_placards_are_no_ones_statement(pipeline: Pipeline) -> None:
    text = (
        "On one side sits a row of tents , home-made placards calling for the soldiers to "
        "come home and a long line of flags ."
    )
    q = quote_with(pipeline, text, "soldiers to come home")
    assert q.speaker is not None and "placards" in q.speaker.text  # kept for scoring
    assert not q.stated


def test_a_sign_saying_quoted_words_shows_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Outside the gate a sign saying `` Keep out of the harbour zone now '' hung on the wire ."
    )
    assert not quote_with(pipeline, text, "Keep out").stated


def test_what_someone_referred_to_is_not_their_statement(pipeline: Pipeline) -> None:
    text = (
        "Ana Ruiz said the voters are getting confusing messages about whether the mayor "
        "should leave office , referring to a state envoy 's comments that the mayor must "
        "stay in place during a transition ."
    )
    q = quote_with(pipeline, text, "envoy 's comments")
    assert q.cue == "referring" and not q.stated
    assert quote_with(pipeline, text, "confusing messages").stated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Vacancy rates at offices and hotels are expected to rise .", "to rise"),
        ("Mr Varek has been accused of lying about his record .", "lying about"),
        ("Hospitals in Osk have been told to report any suspected cases swiftly .", "to report"),
        (
            "`` I will go back and start a new life , '' he said . When asked if he was "
            "concerned about the future of his country , Tomas Brell shrugged .",
            "if he was concerned",
        ),
    ],
)
def test_a_speakerless_attribution_that_states_nothing_is_not_listed(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert not q.stated
    assert q.speaker is not None and q.speaker.start == q.speaker.end  # an empty span


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It was announced that the plant would close in the spring .", "plant would close"),
        (
            "The family of the pilot have been told their son will not be buried at the cemetery .",
            "will not be buried",
        ),
        # quoted words beside an agentless passive are words said, by someone unnamed
        ("The plan was described as `` reckless and doomed to fail '' at the meeting .", "doomed"),
    ],
)
def test_an_agentless_passive_of_saying_with_a_clause_stays_a_statement(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.stated and q.speaker is None  # said, by someone the text does not name


def test_a_quote_of_marks_and_brackets_alone_is_no_quote(pipeline: Pipeline) -> None:
    from storyline.analyze.quotes.marks import holds_words

    assert not holds_words("'' -LRB-")
    assert not holds_words("`` -RRB- ,")
    assert holds_words("'' -LRB- A -RRB- t some point")


def test_a_second_clause_with_its_own_source_is_cut_off(pipeline: Pipeline) -> None:
    text = (
        "Animal studies suggest that it lowers levels of the brain chemical dopamine , and "
        "some doctors and campaigners have argued that research into the drug sends a "
        "falsely reassuring message ."
    )
    quotes = _quotes(pipeline, text)
    first = [q for q in quotes if "dopamine" in q[0]]
    second = [q for q in quotes if "reassuring message" in q[0]]
    assert first and "argued" not in first[0][0]
    assert second and second[0][1] is not None and "doctors" in second[0][1]


def test_a_joined_verb_of_saying_shares_the_outer_speaker(pipeline: Pipeline) -> None:
    text = (
        "Inside the same cafe , opposition activists claim gangs stalking Osk 's streets are "
        "paid to attack them and tell me they 're not going to give up until the mayor goes ."
    )
    q = quote_with(pipeline, text, "not going to give up")
    assert q.stated and q.speaker is not None and q.speaker.name == "opposition activists"
