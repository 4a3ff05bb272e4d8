"""Leave-one-topic-out: each tuned setting chosen on the other topics, scored on the left-out one.

The evaluations of timelines (eval/tls.py) and stories (eval/clusters.py) both
score a small grid of named settings on every row (a timeline task, a document),
then, for each topic in turn, pick the setting whose mean objective over the rows
of the *other* topics is best, and keep that setting's scores on the held-out
topic's rows. The mean over all rows of those held-out scores is the
leave-one-topic-out (LOTO) figure, printed beside the in-sample figure of the
shipped setting. A change is kept only if its LOTO figure holds.

Ties go to the setting listed first (the shipped default is always first), so a
grid of settings that all score alike never moves away from the default by chance.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Choice", "Objective", "choose_held_out", "held_out_means", "mean_over"]

Scores = Mapping[str, Mapping[str, Mapping[str, float]]]
"""setting name -> row -> metric -> value."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The setting chosen for one held-out topic, and its objective on the other topics."""

    topic: str
    setting: str
    objective: float
    """Mean objective of `setting` on the other topics' rows."""
    default_objective: float
    """The same for the first (default) setting, to show how much the choice mattered."""


def mean_over(scores: Mapping[str, Mapping[str, float]], rows: Sequence[str], metric: str) -> float:
    """Mean of `metric` over `rows` (0.0 for no rows)."""
    return statistics.mean(scores[r][metric] for r in rows) if rows else 0.0


Objective = Callable[[Mapping[str, Mapping[str, float]], Sequence[str]], float]
"""(one setting's row -> metric -> value, the rows to judge on) -> how good; higher is better.
A mean of per-row values for timeline tasks; B-cubed F1 of the mean precision and
recall for documents (B-cubed is a mean over documents, F1 is taken after)."""


def choose_held_out(
    scores: Scores,
    topic_of: Mapping[str, str],
    objective: Objective,
    order: Sequence[str],
) -> dict[str, Choice]:
    """Held-out topic -> the setting with the best objective on the other topics' rows.

    `order` lists the settings, the default first; ties keep the earlier one. A
    topic that is the only one (nothing else to tune on) keeps the default.
    """
    topics = sorted(set(topic_of.values()))
    out: dict[str, Choice] = {}
    for topic in topics:
        others = [r for r, t in topic_of.items() if t != topic]
        best_name, best_value = order[0], float("-inf")
        default_value = float("-inf")
        for name in order:
            value = objective(scores[name], others) if others else 0.0
            if name == order[0]:
                default_value = value
            if value > best_value + 1e-12:
                best_name, best_value = name, value
        out[topic] = Choice(topic, best_name, best_value, default_value)
    return out


def held_out_means(
    scores: Scores,
    topic_of: Mapping[str, str],
    choices: Mapping[str, Choice],
    metrics: Sequence[str],
) -> dict[str, float]:
    """Mean of each metric over all rows, each row scored with its topic's chosen setting."""
    rows = sorted(topic_of)
    return {
        m: statistics.mean(scores[choices[topic_of[r]].setting][r][m] for r in rows)
        for m in metrics
    }
