"""The label of a turn in a broadcast transcript: one definition for every reader of it.

A transcript gives each turn of talk a label in capitals and a colon ("ZAKARIA:", "ANA RUIZ,
HOST:"). The brief reads such labels to tell a transcript from a list of events, and a story
title cuts one from the front of a line, as the label says who speaks, not what happened.
"""

from __future__ import annotations

import re

__all__ = ["TURN_LABEL"]

TURN_LABEL = re.compile(
    r"(?m)^[^\S\n]*(?P<name>[A-Z][A-Z.'-]+(?:[^\S\n]+[A-Z][A-Z.'-]+)*)"
    r"(?:[^\S\n]*,[^:\n]{1,60})?[^\S\n]*:"
)
"""A line opening with an upper-case label and a colon: "ZAKARIA:", "ANA RUIZ, HOST :"."""
