"""What a fact-checker catches in a brief, by kind of page, line and figure (issue 14): a
page of stamped items, a caption, a figure told in a relative clause, a pronoun read back
past a person the text brought in since. Every text is invented."""

from __future__ import annotations

import re

import pytest

from storyline.corpus.briefing.numbers import narrated, of_an_earlier_year
from storyline.corpus.briefing.pageitems import items_dated
from storyline.corpus.briefing.pagetext import (
    QUOTE_REPEATED_WORDS,
    is_page_text,
    is_stamped,
    repeats_its_opening,
    unfit_line,
)
from storyline.corpus.briefing.speakers import _passed_over, quotes_by_speaker
from storyline.model import Article, EntityMention, Quote, Sentence, Span, Speaker


def _sentences(text: str) -> tuple[Sentence, ...]:
    """One sentence a line, dated by nothing."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append(Sentence(at, at + len(line), "2031-03-10", "published"))
        at += len(line) + 1
    return tuple(out)


_TOPIC_PAGE = "\n".join(
    [
        "Harbour talks : the envoy arrives updated : Fri May 16 2031 10:05:00 The envoy "
        "reached Brun after a week at sea .",
        "The envoy was greeted by the mayor of Brun .",
        "Ferry strike ends updated : Tue Mar 04 2031 09:12:00 The ferry crews went back to "
        "work on the quay .",
        "The strike had lasted nine days .",
    ]
)


def test_a_page_of_stamped_items_dates_each_item_by_its_stamp() -> None:
    page = Article(
        id="t:1", text=_TOPIC_PAGE, published="2031-03-10", sentences=_sentences(_TOPIC_PAGE)
    )
    dated = items_dated(page)
    shown = {page.text[s.start : s.end][:20]: s.date for s in dated.sentences}
    # the item stamped in May, after the page's day, is no news of March 10
    assert not any(text.startswith("The envoy was") for text in shown)
    assert shown["The strike had laste"] == "2031-03-04"
    # the stamps' lines are the page's, no development
    assert is_page_text(page.text[: page.text.index("\n")])
    assert is_stamped("Ferry strike ends updated : Tue Mar 04 2031 09:12:00 The crews went .")


def test_a_page_stamped_once_is_no_page_of_items() -> None:
    text = "Ferry strike ends updated : Tue Mar 04 2031 09:12:00 The crews went back .\nThey sang ."
    page = Article(id="t:2", text=text, published="2031-03-01", sentences=_sentences(text))
    assert items_dated(page) is page


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Deal Struck Vesta Bank head Ana Ruiz , left , and ferry chief Jon Vell leave "
        "the quay yesterday .",
        "Photograph : Ivo Dell/Velm Press Crews worked all night to clear the quay of oil .",
        "Mayor Ana Ruiz -LRB- right -RRB- opens the new quay at Brun .",
        "Ferries have been kept in port since the storm Officials have said the quay will "
        "reopen on Friday .",
    ],
)
def test_a_caption_is_no_development(line: str) -> None:
    assert unfit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rep. Ana Ruiz (R) said the quay would reopen on Friday .",
        "The ferry turned left , and the crews cheered on the quay .",
        "The council left the photo archive closed for a second week .",
        "Brun Ferries have said the quay will reopen , according to the Velm Harbours .",
        "The crews told the Pilots have returned , said Reuters reporters .",
    ],
)
def test_prose_is_no_caption(line: str) -> None:
    assert not unfit_line(line)


def _claim_at(text: str, figure: str) -> int:
    return text.index(figure)


def test_a_figure_in_a_relative_clause_is_the_reporters() -> None:
    text = (
        "Analysts at Velm Bank estimate the cost of the blast at the Brun plant , which "
        "killed 14 workers , could reach $ 9bn ."
    )
    article = Article(id="t:3", text=text, sentences=(Sentence(0, len(text)),))
    assert narrated(article, _claim_at(text, "14"))
    assert not narrated(article, _claim_at(text, "9bn"))


def test_a_figure_in_a_quotation_stays_the_speakers() -> None:
    text = (
        "`` The blast at the plant , which killed 14 workers , was avoidable , '' the "
        "inspector said ."
    )
    article = Article(id="t:4", text=text, sentences=(Sentence(0, len(text)),))
    assert not narrated(article, _claim_at(text, "14"))


_TALK = "\n".join(
    [
        "Ivo Dell , a director at the Brun Fund , announced a prize for harbour ideas .",
        "The next speaker at the forum is Ana Ruiz , a chemist at the Velm Institute .",
        "She studies the salt in the harbour mud .",
        "She tells the forum that she waded into the harbour in May .",
    ]
)


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    m = re.compile(re.escape(words)).search(text, after)
    assert m is not None
    return m.start(), m.end()


def _talk(resolved_to: str) -> Article:
    text = _TALK
    dell, ruiz = _span(text, "Ivo Dell"), _span(text, "Ana Ruiz")
    she = _span(text, "She tells")
    said = _span(text, "she waded into the harbour in May")
    source = dell if resolved_to == "Ivo Dell" else ruiz
    speaker = Speaker(
        text="She",
        start=she[0],
        end=she[0] + 3,
        canonical=resolved_to,
        named=True,
        resolution="pronoun",
        resolved_from=Span(source[0], source[1], resolved_to),
    )
    quote = Quote(said[0], said[1], text[said[0] : said[1]], "indirect", "tells", speaker)
    announced = _span(text, "a prize for harbour ideas")
    dell_quote = Quote(
        announced[0],
        announced[1],
        text[announced[0] : announced[1]],
        "indirect",
        "announced",
        Speaker("Ivo Dell", dell[0], dell[1], "Ivo Dell", True, "name"),
    )
    entities = (
        EntityMention(dell[0], dell[1], "Ivo Dell", "PERSON", "Ivo Dell"),
        EntityMention(ruiz[0], ruiz[1], "Ana Ruiz", "PERSON", "Ana Ruiz"),
    )
    return Article(
        id="t:5",
        text=text,
        published="2031-05-20",
        sentences=_sentences(text),
        quotes=(dell_quote, quote),
        entities=entities,
    )


def test_a_pronoun_read_back_past_a_newcomer_is_no_line_of_the_brief() -> None:
    article = _talk("Ivo Dell")
    assert _passed_over(article, article.quotes[1])
    listed, _ = quotes_by_speaker([article], speakers=5, per_speaker=2, max_chars=300)
    dell = [g for g in listed if g.speaker == "Ivo Dell"]
    assert [c.text for c in dell[0].quotes] == ["a prize for harbour ideas"]


def test_a_pronoun_read_to_the_newcomer_stays() -> None:
    article = _talk("Ana Ruiz")
    assert not _passed_over(article, article.quotes[1])


def test_a_person_named_in_the_antecedents_sentence_is_no_newcomer() -> None:
    text = (
        "Ivo Dell said Mayor Ana Ruiz wanted the quay open .\nHe said the crews would "
        "return on Monday ."
    )
    dell, ruiz = _span(text, "Ivo Dell"), _span(text, "Ana Ruiz")
    he = _span(text, "He said")
    said = _span(text, "the crews would return on Monday")
    speaker = Speaker(
        "He", he[0], he[0] + 2, "Ivo Dell", True, "pronoun", Span(dell[0], dell[1], "Ivo Dell")
    )
    article = Article(
        id="t:6",
        text=text,
        sentences=_sentences(text),
        quotes=(Quote(said[0], said[1], text[said[0] : said[1]], "indirect", "said", speaker),),
        entities=(
            EntityMention(dell[0], dell[1], "Ivo Dell", "PERSON", "Ivo Dell"),
            EntityMention(ruiz[0], ruiz[1], "Ana Ruiz", "PERSON", "Ana Ruiz"),
        ),
    )
    assert not _passed_over(article, article.quotes[0])


def test_a_figure_dated_to_an_earlier_year_is_no_figure_of_the_story() -> None:
    text = (
        "Record losses : Vesta Bank : $ 39bn loss in third quarter 2027 Brolk Oil : $ 12bn "
        "loss in the first half of 2031 ."
    )
    article = Article(id="t:7", text=text, published="2031-07-27")
    assert of_an_earlier_year(article, text.index("loss in third") + len("loss"))
    assert not of_an_earlier_year(article, text.index("loss in the first") + len("loss"))


def test_a_label_run_into_the_text_that_repeats_it_is_no_line() -> None:
    bio = (
        "Editor of the Velm Review , columnist Ana Ruiz is editor of the Velm Review , "
        "overseeing its editions abroad ."
    )
    assert repeats_its_opening(bio)
    assert unfit_line(bio)
    assert not repeats_its_opening("The ferry left the quay at dawn and the crews cheered .")


def test_a_pull_quote_run_into_its_quote_is_not_listed_but_speech_that_repeats_is() -> None:
    pulled = (
        "' would have done the same for any ferry ' Ms Ruiz told Velm Radio : `` We would "
        "have done the same for any ferry that sank in our harbour . ''"
    )
    assert repeats_its_opening(pulled, QUOTE_REPEATED_WORDS)
    spoken = "I 'm sure he has armed his men . I 'm sure he will pay them well ."
    assert not repeats_its_opening(spoken, QUOTE_REPEATED_WORDS)
