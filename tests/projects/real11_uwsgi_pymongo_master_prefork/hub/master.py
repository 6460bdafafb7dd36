"""real11_uwsgi_pymongo_master_prefork

Re-creates https://github.com/unbit/uwsgi/issues/1149 ("Deadlock in
uwsgi_python_master_fixup"): the application builds a pymongo MongoClient while
it loads in the master, so the mongo monitor thread already runs when the
master forks its workers; a worker deadlocks on a lock that thread held. uWSGI's
C pre-fork loop is replaced by the equivalent os.fork() loop.

Clause: "Across modules", import-time threads ("a catalog library that starts
threads" called at import time: pymongo.MongoClient in hub/db.py) are passed on
to the importing module; raw-fork sink os.fork().
Expected: FRK003 at the os.fork() call in spawn_workers(), because this module
imports hub.db, which starts threads on import.
"""
import os

from hub import db


def handle_requests(worker_id):
    db.sessions().insert_one({"worker": worker_id, "pid": os.getpid()})


def spawn_workers(count):
    children = []
    for worker_id in range(count):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            handle_requests(worker_id)
            os._exit(0)
        children.append(pid)
    return children


def main():
    for pid in spawn_workers(4):
        os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
