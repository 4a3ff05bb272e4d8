"""Quote lines are whole statements with their speaker; development lines are sentences of
news a reader can place (texts written for these tests)."""

from __future__ import annotations

import re

from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.corpus.briefing.pagetext import unfit_line
from storyline.corpus.briefing.quoted import without_quoted_sentences
from storyline.model import Article, Quote, Sentence, Speaker


def _speaker(body: str, name: str, named: bool = True) -> Speaker:
    at = body.index(name)
    return Speaker(name, at, at + len(name), name if named else None, named)


def _quote(body: str, words: str, kind: str, cue: str, who: Speaker) -> Quote:
    at = body.index(words)
    return Quote(at, at + len(words), words, kind, cue, who)  # type: ignore[arg-type]


def _shown(body: str, quotes: tuple[Quote, ...]) -> list[str]:
    article = Article(id="q", text=body, published="2031-04-02", quotes=quotes)
    brief = build_briefing([article], limits=BriefingLimits.full())
    return [c.text for g in brief.quotes for c in g.quotes]


def test_a_quoted_word_or_phrase_is_no_statement() -> None:
    body = (
        "Ana Ruiz described the delay as `` shameful '' . "
        "Ana Ruiz called for calm `` as soon as possible . '' "
        "Ana Ruiz said the Brun dam would be finished in May ."
    )
    ruiz = _speaker(body, "Ana Ruiz")
    quotes = (
        _quote(body, "the delay as `` shameful ''", "direct", "described", ruiz),
        _quote(body, "`` as soon as possible . ''", "direct", "called", ruiz),
        _quote(body, "the Brun dam would be finished in May", "indirect", "said", ruiz),
    )
    assert _shown(body, quotes) == ["the Brun dam would be finished in May"]


def test_a_clause_without_its_subject_or_a_vow_is_no_statement() -> None:
    body = (
        "Officials say Ivo Dell is close to the minister . "
        "Ivo Dell vowed to fight on in the Brun valley . "
        "Ivo Dell : -- seem to have withdrawn . "
        "Ivo Dell asked : `` Where are the engineers of the Brun dam ? '' "
        "Ivo Dell said the engineers had left the Brun valley ."
    )
    dell = _speaker(body, "Ivo Dell")
    quotes = (
        _quote(body, "is close to the minister", "indirect", "say", dell),
        _quote(body, "to fight on in the Brun valley", "indirect", "vowed", dell),
        _quote(body, "-- seem to have withdrawn .", "direct", ":", dell),
        _quote(body, "`` Where are the engineers of the Brun dam ? ''", "direct", "asked", dell),
        _quote(body, "the engineers had left the Brun valley", "indirect", "said", dell),
    )
    assert _shown(body, quotes) == ["the engineers had left the Brun valley"]


def test_a_call_for_something_is_the_speakers_demand() -> None:
    body = (
        "Ivo Dell called for an immediate ceasefire around Brun and the release of all prisoners . "
        "Ivo Dell called the Brun tests `` preliminary '' on Monday ."
    )
    dell = _speaker(body, "Ivo Dell")
    demand = "an immediate ceasefire around Brun and the release of all prisoners"
    quotes = (
        _quote(body, demand, "indirect", "called", dell),
        _quote(body, "`` preliminary ''", "direct", "called", dell),
    )
    assert _shown(body, quotes) == [demand]


def test_a_name_or_a_month_spelling_an_auxiliary_is_the_clauses_subject() -> None:
    body = (
        "Ivo Dell said Will Orst had lied to the Brun council about the dam . "
        "Ivo Dell said May would be the last month of the Brun strike ."
    )
    dell = _speaker(body, "Ivo Dell")
    said = (
        "Will Orst had lied to the Brun council about the dam",
        "May would be the last month of the Brun strike",
    )
    quotes = tuple(_quote(body, words, "indirect", "said", dell) for words in said)
    assert sorted(_shown(body, quotes)) == sorted(said)


def test_a_name_in_capitals_is_the_same_speaker_and_a_caption_is_none() -> None:
    body = (
        "IVO DELL : The water is rising fast in the valley . "
        "Ivo Dell said the levees of the valley would hold . "
        "ANA RUIZ - FIRST CASE : she now feels a lot better after the fever ."
    )
    quotes = (
        _quote(
            body,
            "The water is rising fast in the valley .",
            "direct",
            ":",
            _speaker(body, "IVO DELL"),
        ),
        _quote(
            body,
            "the levees of the valley would hold",
            "indirect",
            "said",
            _speaker(body, "Ivo Dell"),
        ),
        _quote(
            body,
            "she now feels a lot better after the fever",
            "indirect",
            ":",
            _speaker(body, "ANA RUIZ - FIRST CASE"),
        ),
    )
    article = Article(id="c", text=body, published="2031-04-02", quotes=quotes)
    brief = build_briefing([article], limits=BriefingLimits.full())
    assert [(g.speaker, g.total) for g in brief.quotes] == [("Ivo Dell", 2)]


def test_a_greeting_is_listed_after_what_the_speaker_stated() -> None:
    body = "`` Good morning . '' `` The Brun bridge reopened to traffic at noon today . ''"
    host = Speaker("Ana Ruiz", None, None, "Ana Ruiz", True)
    quotes = (
        _quote(body, "`` Good morning . ''", "direct", ":", host),
        _quote(
            body, "`` The Brun bridge reopened to traffic at noon today . ''", "direct", ":", host
        ),
    )
    article = Article(id="g", text=body, published="2031-04-03", quotes=quotes)
    brief = build_briefing([article], limits=BriefingLimits(speakers=5, quotes_per_speaker=1))
    assert [c.text for g in brief.quotes for c in g.quotes] == [
        "`` The Brun bridge reopened to traffic at noon today . ''"
    ]


def _sentences(body: str) -> tuple[Sentence, ...]:
    out, at = [], 0
    for piece in body.split("\n"):
        out.append(Sentence(at, at + len(piece), "2031-04-02", "published"))
        at += len(piece) + 1
    return tuple(out)


def test_someones_words_are_no_development() -> None:
    body = "\n".join(
        (
            "Crowds filled the main square of Brun on Tuesday .",
            "Another man said , `` I did not cry when my father died .",
            "I cried when the minister spoke yesterday .",
            "I grew up watching him . ''",
            "Mr Dell : The water breeds no fever in the valley .",
            "The Brun council closed the market for a week .",
        )
    )
    man = Speaker(
        "Another man", body.index("Another man"), body.index("Another man") + 11, None, False
    )
    opened = body.index("`` I did")
    closed = body.index("him . ''") + len("him . ''")
    article = Article(
        id="d",
        text=body,
        published="2031-04-02",
        sentences=_sentences(body),
        quotes=(Quote(opened, closed, body[opened:closed], "direct", "said", man),),
    )
    kept = [body[s.start : s.end] for s in without_quoted_sentences(article).sentences]
    assert kept == [
        "Crowds filled the main square of Brun on Tuesday .",
        "The Brun council closed the market for a week .",
    ]


def test_a_pronoun_or_a_demonstrative_subject_is_no_line_alone() -> None:
    assert unfit_line("Even that sounds alarming .")
    assert unfit_line("They said the dam would hold .")
    assert unfit_line("I cried when the minister spoke yesterday .")
    assert not unfit_line("This week the Brun council voted to close the market .")
    assert not unfit_line("That decision was taken by the Brun council on Monday .")
    assert not unfit_line("It was the first visit by a minister since the floods began .")


def test_two_texts_run_together_are_no_line() -> None:
    assert unfit_line(
        "Ivo Dell is editor of the Brun medical journal One person has died in Brun ."
    )
    assert unfit_line("Towns with cases : Brun and Orla and two ports All three reopened today .")
    assert unfit_line(
        "Crowds cheered `` the army and the people are one . '' -- The Orla minister said today "
        "that his government welcomed the vote ."
    )
    assert unfit_line("Fever cases close Brun school Another nine cases were confirmed today .")
    assert not unfit_line("Ivo Dell , editor of The Brun Medical Review , said one person died .")
    assert not unfit_line("The report was first published by The Orla Herald on Monday .")
    assert not unfit_line("Ana Ruiz got an A in the Brun exam , her school said .")


def test_a_letter_naming_a_kind_before_its_verb_is_no_second_text() -> None:
    assert not unfit_line("An outbreak of hepatitis A has sickened 40 people in Orla .")
    assert not unfit_line("Doctors in Brun said vitamin A was missing from the rations .")
    assert unfit_line("Fast data links for Brun traders A connected approach to risk .")


def test_a_quoted_phrase_the_reporter_goes_on_after_or_a_clauses_tail_is_no_statement() -> None:
    body = (
        "Ivo Dell hailed `` real progress '' on the new Brun dam . "
        "Ivo Dell promised to focus `` like a laser '' on safety . "
        "Ivo Dell said he would leave `` so that I can have my evenings back with my family '' . "
        "`` The Brun dam will be finished in May , '' Ivo Dell said ."
    )
    dell = _speaker(body, "Ivo Dell")
    quotes = (
        _quote(body, "`` real progress '' on the new Brun dam", "direct", "praised", dell),
        _quote(body, "to focus `` like a laser '' on safety", "direct", "promised", dell),
        _quote(
            body,
            "`` so that I can have my evenings back with my family ''",
            "direct",
            "said",
            dell,
        ),
        _quote(body, "`` The Brun dam will be finished in May , ''", "direct", "said", dell),
    )
    assert _shown(body, quotes) == ["`` The Brun dam will be finished in May , ''"]


def test_a_quotation_left_open_at_the_sentences_end_is_no_development() -> None:
    body = "\n".join(
        (
            "`` The one thing to know is that we have had few cases .",
            "We are lucky , '' said Dr Ana Ruiz of the Brun clinic .",
            "The Brun clinic reopened on Monday .",
        )
    )
    ruiz = Speaker("he", 0, 2, "Ana Ruiz", False)
    article = Article(
        id="o",
        text=body,
        published="2031-04-02",
        sentences=_sentences(body),
        quotes=(
            Quote(
                0, body.index("said") - 1, body[: body.index("said") - 1], "direct", "said", ruiz
            ),
        ),
    )
    kept = [body[s.start : s.end] for s in without_quoted_sentences(article).sentences]
    assert kept == ["The Brun clinic reopened on Monday ."]


def test_a_direct_quote_of_a_pronoun_read_back_to_a_named_person_is_theirs() -> None:
    body = "\n".join(
        (
            "`` We will open the Brun clinic on Monday , '' he said .",
            "The Brun council agreed .",
        )
    )
    said = "`` We will open the Brun clinic on Monday , ''"
    he = Speaker("he", body.index("he said"), body.index("he said") + 2, "Ana Ruiz", False)
    article = Article(
        id="p",
        text=body,
        published="2031-04-02",
        sentences=_sentences(body),
        quotes=(Quote(0, len(said), said, "direct", "said", he),),
    )
    assert len(without_quoted_sentences(article).sentences) == 2


def test_a_quotation_whose_speaker_is_named_in_another_sentence_is_no_development() -> None:
    body = "\n".join(
        (
            "`` The fever may be milder than feared , '' says Dr Ana Ruiz .",
            "`` If it has spread for months , most cases must be mild . ''",
            "The Brun clinic reopened on Monday .",
        )
    )
    ruiz = _speaker(body, "Dr Ana Ruiz")
    first = "`` The fever may be milder than feared , ''"
    second = "`` If it has spread for months , most cases must be mild . ''"
    article = Article(
        id="s",
        text=body,
        published="2031-04-02",
        sentences=_sentences(body),
        quotes=(
            _quote(body, first, "direct", "says", ruiz),
            _quote(body, second, "direct", "says", ruiz),
        ),
    )
    kept = [body[s.start : s.end] for s in without_quoted_sentences(article).sentences]
    assert kept == [body.split("\n")[0], "The Brun clinic reopened on Monday ."]


def _plain(body: str) -> tuple[Sentence, ...]:
    """Sentences of `body` cut after each '. ' or '.\\n' (the text is the test's own)."""
    out = []
    for m in re.finditer(r"[^.]*\.(?:[\"\u201d])?", body):
        lo = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(Sentence(lo, m.end(), "2031-04-02", "published"))
    return tuple(out)


def test_a_quotation_over_two_paragraphs_leaves_the_reporters_news_after_it() -> None:
    for open_, close in (("\u201c", "\u201d"), ('"', '"')):
        body = (
            "Ana Ruiz, the mayor of Kessel, spoke on Monday. "
            f"{open_}We lost everything in one night.\n\n"
            f"{open_}Now we must rebuild,{close} she said.\n"
            "The army closed the northern border on Tuesday. "
            "Aid trucks reached Kessel on Thursday."
        )
        article = Article(id="m", text=body, published="2031-04-02", sentences=_plain(body))
        kept = [body[s.start : s.end] for s in without_quoted_sentences(article).sentences]
        assert kept[-2:] == [
            "The army closed the northern border on Tuesday.",
            "Aid trucks reached Kessel on Thursday.",
        ]


def test_a_dateline_or_heading_with_a_colon_opening_the_news_is_no_turn() -> None:
    for lead in (
        "KESSEL: The Velmar government on Monday closed the northern border.",
        "Flood Update: The river burst its banks at Kessel on Monday.",
    ):
        body = f"{lead}\nRescue teams reached the valley on Tuesday."
        article = Article(id="k", text=body, published="2031-04-02", sentences=_sentences(body))
        assert len(without_quoted_sentences(article).sentences) == 2
    for bar in ("This Story : Read + | Watch + | The Brun dam", "Ivo Dell : the Brun dam held"):
        body = f"{bar} on Monday .\nRescue teams reached the valley on Tuesday ."
        article = Article(id="k", text=body, published="2031-04-02", sentences=_sentences(body))
        assert len(without_quoted_sentences(article).sentences) == 1
