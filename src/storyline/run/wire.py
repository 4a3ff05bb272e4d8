"""A result's way back from a worker: pickled with every frozen dataclass as its class and
its field values, rebuilt in the driver by calling the class.

An analysed article is a few hundred frozen, slotted dataclasses (sentences, mentions,
quotes, their speakers, ...). Python pickles those through the `__getstate__` and
`__setstate__` that `dataclass` gives a frozen slotted class, which walk `fields()` for
every object: unpickling an article's result took the driver about 0.9 ms, and the
driver unpickles every result of every worker (for Dask in its event-loop thread,
beside the scheduler). Pickled here as `(cls, values)`, the driver's unpickling calls
the class's own `__init__` (no `fields()`), 0.5 ms, and the worker's pickling halves.
The objects rebuilt are equal to those sent, field for field: only classes whose every
field is an `__init__` argument and that have no `__post_init__` are pickled so; any
other object as pickle does by default.

The bytes are the task's result, so the executors' own transport (a process pool's
queue, Dask's comms) only carries bytes; `unpack` gives the object back. A result that
cannot be pickled comes back as the exception that says so, that item's failure only.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
from collections.abc import Callable
from typing import Any

__all__ = ["pack", "unpack"]

_Reduced = tuple[type, tuple[Any, ...]]


def _by_fields(cls: type) -> Callable[[Any], _Reduced] | None:
    """`obj -> (cls, field values)` for a frozen dataclass whose fields are all `__init__`
    arguments in order and which has no `__post_init__`; None for any other class."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(cls, "__post_init__"):
        return None
    fields = dataclasses.fields(cls)
    if not fields or any(not f.init for f in fields):
        return None
    names = [f.name for f in fields]
    if len(names) == 1:
        only = names[0]
        return lambda obj: (cls, (getattr(obj, only),))
    values = operator.attrgetter(*names)
    return lambda obj: (cls, values(obj))


class _Reducers(dict[type, Any]):
    """The pickler's dispatch table: frozen dataclasses by their fields (found as met),
    everything else as copyreg says (a KeyError: pickle's default)."""

    def __missing__(self, cls: type) -> Any:
        reducer = _by_fields(cls)
        if reducer is None:
            return copyreg.dispatch_table[cls]  # KeyError when none: pickle's default
        self[cls] = reducer
        return reducer


_REDUCERS = _Reducers()


def pack(result: Any) -> bytes:
    """`result` pickled for the driver (see the module's docstring)."""
    try:
        return _dumps(result)
    except Exception as exc:  # one item's result that will not pickle fails that item only
        reason = f"{type(exc).__name__}: {exc}"
        return _dumps(RuntimeError(f"the result could not be sent back ({reason})"))


def _dumps(obj: Any) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(obj)
    return buffer.getvalue()


def unpack(packed: bytes) -> Any:
    """The object `pack` was given."""
    return pickle.loads(packed)
