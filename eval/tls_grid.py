"""The settings leave-one-topic-out chooses among for timelines (eval/tls.py).

Each entry varies one `TimelineSettings` field of the shipped default, in both
directions where that makes sense; the default comes first (ties keep it). The
grid is small on purpose: every setting costs one timeline per task, and a
setting that wins only on the topics it was tuned on shows up as a LOTO figure
below the in-sample one.

Left out after measuring: `chronology_weight` 8 (a factbox listing a day counts eight
times): chosen on the other topics whenever LibyaWar was among them (its Reuters gold
copies Reuters' own factbox: AR1 0.17 -> 0.43 there) and costing the held-out topics
date F1 (0.670 -> 0.660 leave-one-topic-out); a gain on one topic only.

`AUTO_GRID` varies how many days a timeline keeps when no --max-dates is given
(`dates.auto_limit`), scored with the task's range but not its number of dates.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AUTO_GRID", "GATE_GRID", "GRID"]

GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("published 0.1", {"published_weight": 0.1}),
    ("published 0.5", {"published_weight": 0.5}),
    ("same-day 0.25", {"same_day_weight": 0.25}),
    ("same-day 1.0", {"same_day_weight": 1.0}),
    ("spacing 0.5", {"spacing_share": 0.5}),
    ("damping 0.25", {"neighbour_damping": 0.25}),
    ("topic 0.25", {"topic_weight": 0.25}),
    ("topic 1.0", {"topic_weight": 1.0}),
    ("lead depth 10", {"lead_depth": 10}),
    ("lead depth 40", {"lead_depth": 40}),
    ("chronology lines 0.25", {"chronology_bonus": 0.25}),
    ("chronology lines 1.0", {"chronology_bonus": 1.0}),
    ("redundancy 0.4", {"redundancy": 0.4}),
    ("redundancy 0.6", {"redundancy": 0.6}),
    ("unchecked pronoun 0.8", {"unchecked_pronoun_weight": 0.8}),
    ("unchecked pronoun 0.5", {"unchecked_pronoun_weight": 0.5}),
)

AUTO_GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("auto 0.25 of 10th", {"auto_share": 0.25}),
    ("auto 0.5 of 10th", {"auto_share": 0.5}),
    ("auto 0.35 of 5th", {"auto_reference": 5}),
    ("auto 0.35 of 20th", {"auto_reference": 20}),
    ("auto 0.25 of 20th", {"auto_share": 0.25, "auto_reference": 20}),
)

GATE_GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("published 0.5", {"published_weight": 0.5}),
    ("topic 1.0", {"topic_weight": 1.0}),
)
"""A three-setting grid for the CI gate's two-topic leave-one-topic-out (tests/eval)."""
