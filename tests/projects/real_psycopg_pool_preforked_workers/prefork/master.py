"""Case real_psycopg_pool_preforked_workers.

Re-creation of https://github.com/dannyvfilms/Floppy/issues/341 ("Goes unresponsive after a few
hours": "the PostgreSQL connection pool being opened in Gunicorn's preloaded master process and
then inherited by forked workers", with "the psycopg pool or its process-local background
threads"; see also https://github.com/psycopg/psycopg/issues/651). The gunicorn arbiter is
replaced by a small pre-fork master calling os.fork().

Labels (rules.md): `psycopg_pool.ConnectionPool` is a catalog thread starter, built at import
time in webapp/db.py; this module imports webapp.app, which imports webapp.db ("directly or
through any chain of project imports"). `os.fork()` is FRK003.
"""
import os

from webapp import app


def spawn_worker():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        app.serve_forever()
        os._exit(0)
    return pid


def spawn_workers(count):
    return [spawn_worker() for _ in range(count)]
