"""A pronoun read back past a person of the other gender is no reading a reader checks
(speakers._passed_over): "she" after a man is named still means the one woman. Every
text is invented."""

from __future__ import annotations

import re

from storyline.corpus.briefing.speakers import _passed_over
from storyline.model import Article, EntityMention, Quote, Sentence, Span, Speaker


def _span(text: str, words: str) -> tuple[int, int]:
    m = re.search(re.escape(words), text)
    assert m is not None
    return m.start(), m.end()


def _article(newcomer_line: str) -> Article:
    text = "\n".join(
        [
            "Mrs Ilse Vark opened the new footbridge at Dorvik on Monday .",
            newcomer_line,
            "She said the town had waited ten years for it .",
        ]
    )
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line)))
        at += len(line) + 1
    vark, berne = _span(text, "Ilse Vark"), _span(text, "Oskar Brell")
    she = _span(text, "She said")
    said = _span(text, "the town had waited ten years for it")
    speaker = Speaker(
        "She", she[0], she[0] + 3, "Ilse Vark", True, "pronoun", Span(vark[0], vark[1], "Ilse Vark")
    )
    return Article(
        id="t:1",
        text=text,
        sentences=tuple(sentences),
        quotes=(Quote(said[0], said[1], text[said[0] : said[1]], "indirect", "said", speaker),),
        entities=(
            EntityMention(vark[0], vark[1], "Ilse Vark", "PERSON", "Ilse Vark"),
            EntityMention(berne[0], berne[1], "Oskar Brell", "PERSON", "Oskar Brell"),
        ),
    )


def test_she_read_back_past_a_man_is_no_pronoun_passed_over() -> None:
    article = _article("Oskar Brell cut the ribbon with his son .")
    assert not _passed_over(article, article.quotes[0])


def test_she_read_back_past_a_person_of_unknown_gender_is_passed_over() -> None:
    article = _article("Oskar Brell cut the ribbon at noon .")
    assert _passed_over(article, article.quotes[0])
