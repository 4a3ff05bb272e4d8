"""`analyze` on generated hostile text: the real pipeline gives an article or a clear error.

Random Unicode (control characters, surrogate-free astral planes, long runs of one
character, no spaces) through the real spaCy-based stages: every offset must
point into the text as given, and nothing but a StorylineError may come out.
Few examples: each runs the real models.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.analyze.inputs import read_jsonl_articles
from storyline.analyze.pipeline import Pipeline
from storyline.errors import InputError
from storyline.model import Article

_PIPELINE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    return _PIPELINE[0]


def _offsets_point_into(article: Article) -> None:
    n = len(article.text)
    for span in (*article.sentences, *article.entities, *article.timexes, *article.quotes):
        assert 0 <= span.start <= span.end <= n
    for claim in article.claims:
        assert article.text[claim.start : claim.end] == claim.text


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(
    text=st.one_of(
        st.text(max_size=600),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=50, max_size=600),
        st.builds(
            lambda c, n: c * n,
            st.sampled_from(["x", "9", ".", "\n", "\u200b"]),
            st.integers(100, 20_000),
        ),
    ),
    published=st.one_of(st.none(), st.sampled_from(["2024-02-29", "1999-12-31", "9999-12-31"])),
)
def test_analyze_returns_articles_with_offsets_into_the_given_text(
    text: str, published: str | None
) -> None:
    article = Article(id="h", text=text, published=published)
    out = _pipeline().run(article)
    assert out.text == text
    _offsets_point_into(out)


@settings(max_examples=30, deadline=2000, derandomize=True)
@given(line=st.text(max_size=300))
def test_analyze_input_lines_are_articles_or_clear_errors(line: str) -> None:
    for item in read_jsonl_articles([line.replace("\n", " ")]):
        assert isinstance(item, Article | InputError)
