"""Invented article texts shared by the story tests: one flood, one market report."""

from __future__ import annotations

__all__ = ["FLOOD", "MARKET"]

FLOOD = (
    "Severe floods swept through the river town of Almsbury on {day}, forcing hundreds of "
    "residents from their homes as the river burst its banks and rescue boats searched streets."
)
MARKET = (
    "Shares in the Vantor mining company tumbled after the firm cut its profit forecast, "
    "sending the stock exchange index lower as investors sold commodity shares."
)
