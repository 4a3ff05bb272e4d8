"""Errors with codes, so a user (and a test) can tell one failure from another."""

from __future__ import annotations

__all__ = [
    "ExecutorUnavailable",
    "IngestError",
    "InputError",
    "StageContractError",
    "StorageError",
    "StorylineError",
]


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""

    code = "E000"


class InputError(StorylineError):
    """One input item (file, URL, line) could not be read; the rest of the batch goes on."""

    code = "E100"

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class IngestError(InputError):
    code = "E101"


class StageContractError(StorylineError):
    """A stage broke its declared contract: a bug in the stage, never bad input."""

    code = "E200"

    def __init__(self, stage: str, problem: str) -> None:
        super().__init__(f"stage {stage!r}: {problem}")
        self.stage = stage
        self.problem = problem


class StorageError(StorylineError):
    code = "E300"


class ExecutorUnavailable(StorylineError):
    """Where analysis was to run (a Dask scheduler) cannot be reached; nothing was read yet."""

    code = "E500"
