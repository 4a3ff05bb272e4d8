"""The anachronism flags find a date's sentence and whether a direct quote holds it by
bisection, with the answers of walking every sentence and quote (anachronism._Places)."""

from __future__ import annotations

from storyline.corpus.flags.anachronism import _Places, sentence_of
from storyline.model import Article, Quote, Sentence, Span

TEXT = (
    "Velmar Falls opened its dam in 1998 . "
    '"We waited since 1990 , " said Marisol Quenby . '
    "The 2031 season will bring more ."
)


def _article() -> Article:
    starts = [0, TEXT.index('"We'), TEXT.index("The 2031")]
    ends = [TEXT.index(" . ") + 2, TEXT.index("Quenby .") + 8, len(TEXT)]
    inner = TEXT.index("We waited")
    quote = Quote(
        start=inner,
        end=TEXT.index(" , "),
        text=TEXT[inner : TEXT.index(" , ")],
        kind="direct",
        cue="said",
        speaker=None,
    )
    return Article(
        id="d",
        text=TEXT,
        published="2035-01-01",
        sentences=[Sentence(a, b) for a, b in zip(starts, ends, strict=True)],
        quotes=[quote],
    )


def _walked(article: Article, pos: int) -> Span:
    for s in article.sentences:
        if s.start <= pos < s.end:
            return Span(s.start, s.end, article.text[s.start : s.end])
    end = min(len(article.text), pos + 200)
    return Span(pos, end, article.text[pos:end])


def test_sentence_of_each_offset_as_the_walk() -> None:
    article = _article()
    places = _Places(article)
    for pos in range(len(TEXT) + 3):
        assert places.sentence_of(pos) == _walked(article, pos) == sentence_of(article, pos)


def test_quoted_offsets_as_the_walk() -> None:
    article = _article()
    places = _Places(article)
    for pos in range(len(TEXT)):
        walked = any(q.kind == "direct" and q.start <= pos < q.end for q in article.quotes)
        assert places.quoted(pos) == walked
    assert places.quoted(TEXT.index("1990")) and not places.quoted(TEXT.index("1998"))
