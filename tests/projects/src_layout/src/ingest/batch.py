"""Case src_layout.

rules.md, Across modules > Source roots: "the directory of the project's marker file ... and
`src/` beside it". The package lives in src/ingest; `import ingest.feeds` resolves to
src/ingest/feeds.py, which starts a thread on import.
"""
import multiprocessing

import ingest.feeds  # noqa: F401


def _load(path):
    return path


def load(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_load, paths)
