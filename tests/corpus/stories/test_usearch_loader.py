"""usearch loaded through usearch_loader leaves later C++ libraries (onnxruntime) working.

Run in a fresh interpreter: the crash it guards against depends on which library loads
first, which the test session's own imports would decide otherwise."""

from __future__ import annotations

import subprocess
import sys


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_onnxruntime_loads_after_usearch_loaded_through_the_loader() -> None:
    done = _fresh(
        "from storyline.corpus.stories.usearch_loader import usearch_index_class\n"
        "index_class = usearch_index_class()\n"
        "import onnxruntime\n"
        "print(index_class.__name__, onnxruntime.get_device())\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["Index", "CPU"]


def test_a_story_index_built_before_onnxruntime_loads() -> None:
    done = _fresh(
        "import numpy as np\n"
        "from storyline.corpus.stories.index import UsearchCentroidIndex\n"
        "index = UsearchCentroidIndex(4)\n"
        "index.upsert(7, np.array([1, 0, 0, 0], dtype=np.float32), '2031-04-02', '2031-04-02')\n"
        "import onnxruntime\n"
        "print(onnxruntime.get_device(), len(index))\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["CPU", "1"]
