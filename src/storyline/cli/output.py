"""Consoles shared by the commands: results on stdout, messages on stderr (NO_COLOR respected)."""

from __future__ import annotations

import sys

from rich.console import Console

__all__ = ["err", "out", "report_error"]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(message: str) -> None:
    """One line per failed item, on stderr, never styled markup from the input."""
    err.print(f"error: {message}", markup=False)
    sys.stderr.flush()
