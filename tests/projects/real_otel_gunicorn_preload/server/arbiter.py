"""Case real_otel_gunicorn_preload.

Re-creation of https://github.com/open-telemetry/opentelemetry-python/issues/1497 ("Batch span
processor does not work well with Gunicorn's forking model"; the `--preload` case discussed in
https://github.com/open-telemetry/opentelemetry-python/issues/3307): the master imports the app,
whose BatchSpanProcessor starts its worker thread, then forks the workers.

A minimal pre-fork arbiter stands in for gunicorn (a third-party forker the checker cannot
see). Labels (rules.md): BatchSpanProcessor is a catalog thread starter constructed at import
time in app/tracing.py; this module imports app.wsgi, which imports it (a chain of imports),
so the os.fork() below is FRK003.
"""
import os

from app.wsgi import application


class Arbiter:
    def __init__(self, workers=2):
        self.workers = workers
        self.children = []

    def spawn_worker(self):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            self.serve(application)
            os._exit(0)
        self.children.append(pid)

    def serve(self, app):
        return app
