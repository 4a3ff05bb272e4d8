"""The settings leave-one-topic-out chooses among for timelines (eval/tls.py).

Each entry varies one `TimelineSettings` field of the shipped default, in both
directions where that makes sense; the default comes first (ties keep it). The
grid is small on purpose: every setting costs one timeline per task, and a
setting that wins only on the topics it was tuned on shows up as a LOTO figure
below the in-sample one.

`AUTO_GRID` varies how many days a timeline keeps when no --max-dates is given
(`dates.auto_limit`), scored with the task's range but not its number of dates.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AUTO_GRID", "GRID"]

GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("published 0.1", {"published_weight": 0.1}),
    ("published 0.5", {"published_weight": 0.5}),
    ("same-day 0.25", {"same_day_weight": 0.25}),
    ("same-day 1.0", {"same_day_weight": 1.0}),
    ("spacing 0.5", {"spacing_share": 0.5}),
    ("damping 0.25", {"neighbour_damping": 0.25}),
    ("chronology days 8", {"chronology_weight": 8.0}),
    ("topic 0.25", {"topic_weight": 0.25}),
    ("topic 1.0", {"topic_weight": 1.0}),
    ("lead depth 10", {"lead_depth": 10}),
    ("lead depth 40", {"lead_depth": 40}),
    ("chronology lines 0.25", {"chronology_bonus": 0.25}),
    ("chronology lines 1.0", {"chronology_bonus": 1.0}),
    ("redundancy 0.4", {"redundancy": 0.4}),
    ("redundancy 0.6", {"redundancy": 0.6}),
)

AUTO_GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("auto 0.35 of 3rd", {"auto_share": 0.35}),
    ("auto 0.7 of 3rd", {"auto_share": 0.7}),
    ("auto 0.5 of 1st", {"auto_reference": 1}),
    ("auto 0.5 of 10th", {"auto_reference": 10}),
    ("auto 0.25 of 1st", {"auto_reference": 1, "auto_share": 0.25}),
)
