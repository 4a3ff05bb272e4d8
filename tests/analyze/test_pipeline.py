from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.errors import StageContractError
from storyline.model import Article


class Upper:
    name = "upper"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"title"})

    def __call__(self, article: Article) -> Article:
        return replace(article, title=article.text.upper())


class Rewrites:
    name = "rewrites"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> Article:
        return replace(article, text=article.text.strip())


class WrongType:
    name = "wrong"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> Article:
        return {"id": article.id}  # type: ignore[return-value]


class NeedsSentences:
    name = "needs"
    requires = frozenset({"sentences"})
    assigns: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> Article:
        return article


def test_stage_output_is_recorded_as_annotated() -> None:
    out = Pipeline([Upper()]).run(Article(id="a", text="hi"))
    assert out.title == "HI"
    assert "title" in out.annotated


def test_stage_rewriting_text_fails_loudly() -> None:
    with pytest.raises(StageContractError, match="changed the article"):
        Pipeline([Rewrites()]).run(Article(id="a", text=" hi "))


def test_stage_returning_wrong_type_fails_loudly() -> None:
    with pytest.raises(StageContractError, match="returned dict"):
        Pipeline([WrongType()]).run(Article(id="a", text="hi"))


def test_missing_requirement_is_caught_before_running() -> None:
    with pytest.raises(StageContractError, match="requires"):
        Pipeline([NeedsSentences()])


def test_unknown_stage_name() -> None:
    with pytest.raises(StageContractError, match="unknown stage"):
        Pipeline(["nope"])
