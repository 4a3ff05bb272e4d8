"""Name evidence: what tells two events of the same kind apart."""

from __future__ import annotations

import numpy as np

from storyline.corpus.stories.records import StoryState
from storyline.corpus.stories.scoring import StoryConfig, name_fit, story_similarity
from storyline.corpus.stories.terms import WEIGHT_DIGITS, article_names, prune_terms


def _story(
    sid: str,
    names: dict[str, float],
    count: int,
    vector: list[float],
    terms: dict[str, float] | None = None,
) -> StoryState:
    v = np.asarray(vector, dtype=np.float32)
    return StoryState(
        id=sid,
        key=hash(sid) % 1000,
        vector_sum=v * count,
        count=count,
        start="2024-03-01",
        end="2024-03-05",
        terms=terms or {"protest": 2.0, "crowd": 1.0},
        names=names,
    )


def test_article_names_are_capitalised_words_inside_sentences_and_years() -> None:
    names = article_names("Protests grew in Cairo on Friday. Crowds met Mubarak in 2011 again.")
    assert {"cairo", "mubarak", "2011"} <= names.keys()
    assert "protests" not in names and "crowds" not in names  # sentence starts
    assert "friday" not in names  # generic calendar words are stopwords


def test_name_fit_counts_core_names_the_story_members_write() -> None:
    config = StoryConfig()
    story = _story("s-a", {"cairo": 4.0, "mubarak": 3.0}, 4, [1.0, 0.0])
    same = name_fit(config, {"cairo": 2.0, "mubarak": 1.5}, story)
    other = name_fit(config, {"tripoli": 2.0, "gaddafi": 1.5}, story)
    assert same is not None and other is not None
    assert same == 1.0 and other == 0.0
    assert name_fit(config, {}, story) is None


def test_merge_needs_shared_names_for_the_date_bonus() -> None:
    config = StoryConfig()
    egypt = _story("s-e", {"cairo": 4.0, "mubarak": 4.0, "egypt": 4.0}, 4, [1.0, 0.0])
    other_words = {"protest": 1.0, "rebels": 2.0}
    libya_names = {"tripoli": 4.0, "gaddafi": 4.0, "libya": 4.0}
    libya = _story("s-l", libya_names, 4, [0.8, 0.6], other_words)
    cairo = _story("s-c", {"cairo": 4.0, "mubarak": 4.0, "egypt": 4.0}, 4, [0.8, 0.6], other_words)
    df: dict[str, int] = {}
    apart = story_similarity(config, egypt, libya, df, 10)
    together = story_similarity(config, egypt, cairo, df, 10)
    assert apart is not None and together is not None
    assert together >= config.merge_threshold > apart
    ungated = story_similarity(StoryConfig(name_gate=0.0), egypt, libya, df, 10)
    assert ungated is not None and ungated > apart


def test_the_date_bonus_needs_a_minimum_of_text_fit() -> None:
    from storyline.corpus.stories.scoring import ArticleEvidence, fit_score

    config = StoryConfig()
    story = _story("s", {}, 1, [1.0, 0.0], terms={})

    def article(cosine: float) -> ArticleEvidence:
        vector = np.asarray([cosine, (1 - cosine**2) ** 0.5], dtype=np.float32)
        return ArticleEvidence(vector, {}, {}, story.start_date)

    # text fit = 0.6 * cosine / (0.6 + 0.4): 0.30 is under the floor, 0.48 over it
    weak = fit_score(config, article(0.5), story, {}, 1)
    strong = fit_score(config, article(0.8), story, {}, 1)
    assert weak is not None and abs(weak - 0.30) < 1e-4
    assert strong is not None and abs(strong - (0.48 + config.date_bonus)) < 1e-4
    unfloored = fit_score(StoryConfig(text_floor=0.0), article(0.5), story, {}, 1)
    assert unfloored is not None and abs(unfloored - (0.30 + config.date_bonus)) < 1e-4


def test_pruned_weights_keep_five_significant_digits() -> None:
    """Issue 19: a story's weights are stored short; the heaviest terms are kept whole
    (ties by term) and each weight moves by less than half a unit of its fifth digit."""
    weights = {"harbour": 73.9634563232484, "ferry": 0.000123456789, "strike": 12.0, "dock": 12.0}
    pruned = prune_terms(weights, 3)
    assert WEIGHT_DIGITS == 5
    assert pruned == {"harbour": 73.963, "dock": 12.0, "strike": 12.0}
    assert prune_terms(weights, 10)["ferry"] == 0.00012346
    for term, weight in prune_terms(weights, 10).items():
        assert abs(weight - weights[term]) <= 5e-5 * weights[term]
    assert prune_terms({}, 3) == {}
