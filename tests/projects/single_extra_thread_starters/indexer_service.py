"""Option `--forksafe-extra-thread-starters`: a configured name, imported under an alias, is evidence.

Situation (setup.cfg beside this file sets `forksafe-extra-thread-starters =
acme_telemetry.start_agent,acme_rpc.Client`): the service calls `start_agent` imported as
`boot_telemetry` inside `init_app()`; `acme_telemetry.flush` (not configured) is also called.
It rebuilds the index with `multiprocessing.Pool()`.

rules.md, Evidence: "it calls a name from the configured extra thread starters (see Options)";
"Names are resolved through imports, whatever the spelling". Options:
"`--forksafe-extra-thread-starters`: comma-separated qualified names that count as starting
threads". Sinks: "`multiprocessing.Pool`" (FRK001).

Expected: FRK001 at `multiprocessing.Pool()`.
"""
import multiprocessing

from acme_telemetry import flush
from acme_telemetry import start_agent as boot_telemetry


def init_app(service_name):
    boot_telemetry(service=service_name)


def shutdown():
    flush(timeout=2.0)


def _index(doc):
    return doc.split()


def rebuild(docs):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_index, docs)
