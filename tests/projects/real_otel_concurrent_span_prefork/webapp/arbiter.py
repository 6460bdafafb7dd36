"""real_otel_concurrent_span_prefork: a pre-fork server forks after a span fan-out built its thread pool.

Report: https://github.com/open-telemetry/opentelemetry-python/issues/2349
("ConcurrentMultiSpanProcessor threadpool should be reset after process forked").

What was reported: ConcurrentMultiSpanProcessor (opentelemetry-sdk 1.7.1) creates a
ThreadPoolExecutor when it is built and submits every span to it. In a forking server the
processor is built in the master, the master forks its workers, and the executor in each worker
still refers to threads that exist only in the master, so "this would block next span submit".
The reporter asked for `os.register_at_fork(after_in_child=...)` to reset it.

Re-creation: the SDK class is modelled by webapp/tracing.py (stdlib ThreadPoolExecutor, since the
class is not a catalog entry) and the forking server by this module's small pre-fork loop
(tests/projects/README.md reading 12). The register_at_fork hook the report proposes is installed
here; it is neither a sink nor evidence.

Clauses: "Holding an object implies its threads": `span_processor: ConcurrentSpanFanout` is a
parameter annotated with a project class whose construction starts threads; also "evidence flows
to the callee" (app.py builds the fan-out and calls Arbiter(...).run()). Raw fork `os.fork()`.

Expected: one finding, FRK003 at the os.fork() call (webapp/arbiter.py:38).
"""
import os
import signal
import sys

from webapp.tracing import ConcurrentSpanFanout


class Arbiter:
    def __init__(self, app, span_processor: ConcurrentSpanFanout, workers: int = 2) -> None:
        self.app = app
        self.span_processor = span_processor
        self.num_workers = workers
        self.children: list = []

    def spawn_worker(self) -> int:
        pid = os.fork()  # error: FRK003:15
        if pid != 0:
            return pid
        try:
            self.app.serve_forever(self.span_processor)
        finally:
            os._exit(0)

    def run(self) -> None:
        os.register_at_fork(after_in_child=self.span_processor.reset_after_fork)
        for _ in range(self.num_workers):
            self.children.append(self.spawn_worker())
        try:
            for pid in self.children:
                os.waitpid(pid, 0)
        except KeyboardInterrupt:
            for pid in self.children:
                os.kill(pid, signal.SIGTERM)
            sys.exit(0)
