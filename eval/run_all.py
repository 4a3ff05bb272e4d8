"""`make eval`: every quality measurement on ../shared/data, one after another.

Each eval module has a `main()` that prints its figures; this runs those that exist.
"""

from __future__ import annotations

import importlib
import time

MODULES = (
    "eval.seeds",
    "eval.crosscheck",
    "eval.timex",
    "eval.event_dates",
    "eval.quotes",
    "eval.meantime",
    "eval.clusters",
    "eval.tls",
)


def main() -> int:
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"== {name}: not present")
            continue
        print(f"== {name}")
        start = time.perf_counter()
        module.main()
        print(f"   ({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
