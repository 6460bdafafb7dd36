"""Case real_ddtrace_profiler_procpool: profiler threads, then a default process pool.

Report: https://github.com/DataDog/dd-trace-py/issues/11762 ("Deadlock when
using ProcessPoolExecutor with stack v2 profiler"): with the profiler on, a
forked ``ProcessPoolExecutor`` child hung in ``Datadog::Sampler::register_thread``
on a mutex held by a profiler thread of the parent, and the parent waited in
``join()`` forever. The reproduction is a plain ``with ProcessPoolExecutor() as
executor`` over a sleeping worker.

Clause: rules.md, "Across modules", "Import-time threads": "a catalog library
that starts threads on import" is passed on to "a module that imports it";
docs/libraries.md lists ``ddtrace.profiling.auto`` as an *import* entry ("the
evidence is the import statement"). etl/profiling.py imports it at module
level, and this module imports etl.profiling at module level, so this module
has thread evidence. The sink is ``concurrent.futures.ProcessPoolExecutor(...)``
without ``mp_context`` (default start method).

Expected: one FRK001, at the ``ProcessPoolExecutor()`` call in ``main()``.
etl/backfill.py opens the same kind of pool but neither imports etl.profiling
nor is called from here, so it stays silent.
"""

import logging
from concurrent.futures import ProcessPoolExecutor

import etl.profiling  # noqa: F401
from etl.worker import crunch

log = logging.getLogger(__name__)


def main():
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        results = list(executor.map(crunch, range(16)))
    log.info("crunched %d partitions", len(results))
    return results


if __name__ == "__main__":
    main()
