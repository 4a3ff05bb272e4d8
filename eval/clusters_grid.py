"""The story settings leave-one-topic-out chooses among (eval/clusters.py).

Each entry varies one `StoryConfig` field of the shipped default (first: ties keep
it). Thread settings (joining, merging, absorbing, splitting) shape both levels;
link settings only the story level (threads linked across time).
"""

from __future__ import annotations

from typing import Any

__all__ = ["GATE_GRID", "GRID"]

GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("threshold 0.45", {"threshold": 0.45}),
    ("threshold 0.55", {"threshold": 0.55}),
    ("date bonus 0.25", {"date_bonus": 0.25}),
    ("date bonus 0.35", {"date_bonus": 0.35}),
    ("text floor 0.34", {"text_floor": 0.34}),
    ("text floor 0.42", {"text_floor": 0.42}),
    ("window 60 days", {"window_days": 60}),
    ("merge 0.55", {"merge_threshold": 0.55}),
    ("merge 0.65", {"merge_threshold": 0.65}),
    ("split ratio 0.7", {"split_ratio": 0.7}),
    ("split ratio 0.8", {"split_ratio": 0.8}),
    ("no links", {"link_threshold": 2.0}),
    ("link 0.4", {"link_threshold": 0.4}),
    ("link 0.45", {"link_threshold": 0.45}),
    ("link 0.55", {"link_threshold": 0.55}),
    ("link names 0.3", {"link_name_gate": 0.3}),
    ("link names 0.7", {"link_name_gate": 0.7}),
)

GATE_GRID: tuple[tuple[str, dict[str, Any]], ...] = (
    ("default", {}),
    ("threshold 0.45", {"threshold": 0.45}),
    ("split ratio 0.7", {"split_ratio": 0.7}),
)
"""A three-setting grid for the CI gate's leave-one-topic-out on the ECB+ slice."""
