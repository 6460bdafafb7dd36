"""real_otel_sdk_tracer_fork_process: BatchSpanProcessor set up in the parent, then multiprocessing.Process.

Report: https://github.com/open-telemetry/opentelemetry-python/issues/4215
("opentelemetry python sdk does not work well under fork").

What was reported: on Ubuntu 22.04 / Python 3.12 / SDK 1.26.0 the reporter's init_tracer()
installed a TracerProvider with a BatchSpanProcessor(OTLPSpanExporter()) in the main process,
then started a multiprocessing.Process (default start method: fork). Spans started in the child
were never exported: the BatchSpanProcessor's export thread exists only in the parent, and the
child inherits its queue, its condition variable and its lock in whatever state they had at the
fork, with no thread behind them.

Clauses: catalog "OpenTelemetry BatchSpanProcessor" (construction), in telemetry.init_tracer();
"threads flow to the caller": main() calls init_tracer(), so this module has thread evidence;
default start method: `multiprocessing.Process(...)`. init_debug_tracer() (SimpleSpanProcessor)
starts nothing and is not called here. The traced decorator in jobs.py runs at import time but
starts nothing.

Expected: one finding, FRK001 at the Process call below (api_service/main.py:32).
"""
import multiprocessing
import sys

from api_service import jobs
from api_service.telemetry import init_tracer


def main(argv: list) -> int:
    init_tracer()
    procs = []
    for job_id in argv or ["job-1", "job-2"]:
        p = multiprocessing.Process(target=jobs.handle_job, args=(job_id,))  # error: FRK001:13
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
