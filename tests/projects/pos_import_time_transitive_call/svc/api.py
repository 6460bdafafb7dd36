"""pos_import_time_transitive_call.

Clause: Import-time threads, "a call at import time to a project function that starts
threads" where the function starts them through a further project call ("transitively through
further project calls"): settings.py runs `CONFIG = bootstrap()` at module level, bootstrap()
calls telemetry.start_flusher(), which starts a thread.

- api.py imports svc.settings: FRK001 at the ProcessPoolExecutor.
- cli.py imports svc.boot but calls nothing (boot starts nothing on import): no finding.
"""
from concurrent.futures import ProcessPoolExecutor

from svc.settings import CONFIG


def handle(request):
    return request.upper()


def serve(requests):
    with ProcessPoolExecutor(max_workers=CONFIG["workers"]) as ex:  # error: FRK001:10
        return list(ex.map(handle, requests))
