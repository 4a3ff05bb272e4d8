"""The engine pool: a checked-out engine is never handed to a second request at once."""

from __future__ import annotations

import threading
from pathlib import Path

from storyline.api.engines import Engines


def test_concurrent_checkouts_never_share_an_engine(tmp_path: Path) -> None:
    pool = Engines(str(tmp_path / "pool.db"))
    with pool.checkout():  # the database made first, as `serve` does before any request
        pass
    held: list[int] = []
    both_in = threading.Barrier(2)

    def request() -> None:
        with pool.checkout() as engine:
            held.append(id(engine))
            both_in.wait(timeout=10)  # the other request holds its engine at the same time

    threads = [threading.Thread(target=request) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(held) == 2 and held[0] != held[1]
    with pool.checkout() as again:  # given back, then reused rather than opened anew
        assert id(again) in held
    pool.close()
