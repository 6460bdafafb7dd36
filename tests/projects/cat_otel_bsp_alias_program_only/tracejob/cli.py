"""cat_otel_bsp_alias_program_only.

Clauses: "Library thread starters (the catalog)" (OpenTelemetry `BatchSpanProcessor`, a
construction, imported under the alias `BSP`) with "Programs (entry points)".
Entry point: `tracer-job = "tracejob.cli:main"`. The program is tracejob.cli plus every
project module it imports: tracejob.tracing and tracejob.batch. tracing.py constructs
`BSP(...)` (= `opentelemetry.sdk.trace.export.BatchSpanProcessor`, whose worker thread starts
when it is built) inside `configure_tracing()`. This module never calls that function
statically: it only stores it in SETUP_HOOKS and calls `SETUP_HOOKS[name]()`, which the
checker cannot resolve; and tracing.py starts nothing on import. So no import or call links
tracing.py to the sink. Inside one program, though, a thread started anywhere is evidence for
every sink in every module of it: the `multiprocessing.Pool` in tracejob/batch.py (line 16)
is FRK001. (Under --forksafe-scope=project it would not be reported; this case runs with the
default scope, program.)
"""
import argparse

from tracejob import batch, tracing

SETUP_HOOKS = {"tracing": tracing.configure_tracing}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tracer-job")
    parser.add_argument("--setup", action="append", default=[], choices=sorted(SETUP_HOOKS))
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args(argv)
    for name in args.setup:
        SETUP_HOOKS[name]()
    for path, digest in batch.run_batch(args.inputs):
        print(digest, path)
