"""pos_src_layout_conftest_threads.

Clauses: Source roots ("`src/` beside" the marker), Import-time threads ("A module that imports
it ... has thread evidence"), and Evidence / Findings (a module's own evidence). A test
conftest.py that starts a thread is not an entry point and passes nothing to the modules it
imports (evidence flows from imported to importer, and to callees only through calls).

- src/harvest/collect.py imports harvest.clock (starts a thread on import): FRK001 at the Pool.
- tests/conftest.py starts its own thread at import: FRK004 at its Popen.
- src/harvest/store.py is imported by conftest.py and the test, which call only open_db()
  (no sink): compact() is not reported.
"""
import multiprocessing

from harvest import clock


def parse(line):
    return (clock.now(), line.strip())


def gather(lines):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(parse, lines)
