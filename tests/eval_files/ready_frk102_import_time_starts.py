"""FRK102: processes started while the main script is imported.

rules.md, "Spawn and forkserver readiness (FRK1xx)": FRK102 is "a process started at import time
(module level, or a call at module level that starts one, e.g. an unguarded main())" in the main
script or a module it imports at top level; "Pool(...), Manager(), Process(...).start(), an
executor's first submit/map; merely constructing a ProcessPoolExecutor or Process is fine".  The
finding is at "the construction of the pool, executor, manager or Process that gets started at
import time, or the unguarded module-level call that leads to one, such as main()".
Reading: a file checked alone as a single-file project is a main script.  The module has no
thread evidence, so no FRK001.
Expected: FRK102 at `multiprocessing.Manager()`, at the module-level `multiprocessing.Process(`
that is started on the same line, and at the unguarded `main()`; nothing at the executor and
the Process that are only constructed at module level (they start inside warm(), never called
at import), nor at the Pool inside main() itself.
"""
import multiprocessing
import urllib.request
from concurrent.futures import ProcessPoolExecutor

URLS = ["http://localhost:8000/a", "http://localhost:8000/b"]


def fetch(url):
    with urllib.request.urlopen(url) as resp:
        return resp.status


def main():
    with multiprocessing.Pool(4) as pool:
        print(pool.map(fetch, URLS))


_MANAGER = multiprocessing.Manager()  # error: FRK102:12
RESULTS = _MANAGER.dict()
EXECUTOR = ProcessPoolExecutor(max_workers=2)
WARMUP = multiprocessing.Process(target=fetch, args=(URLS[0],))
multiprocessing.Process(target=fetch, args=(URLS[1],)).start()  # error: FRK102:1


def warm():
    WARMUP.start()
    return EXECUTOR.submit(fetch, URLS[0])


main()  # error: FRK102:1
