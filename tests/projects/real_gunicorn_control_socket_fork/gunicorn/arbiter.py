"""https://github.com/benoitc/gunicorn/issues/3529 (same cause: #3509, fixed by PR #3520)

Gunicorn 25.1.0 workers hung at boot: the master runs the control-socket asyncio loop in a
background thread, and spawn_worker() forks; the child blocked on a logging lock (py-spy:
StreamHandler.emit -> PyThread_acquire_lock_timed) while logging "Booting worker with pid".

rules.md: raw fork sink, os.fork() (FRK003). The thread is started in gunicorn/ctl/server.py
(ControlSocketServer.start, threading.Thread), reached from here only through
self._control_server.start(), an attribute assigned outside __init__, which the call rules do
not resolve. The finding rests on "Programs (entry points)": [project.scripts] gunicorn ->
app.wsgiapp -> app.base -> arbiter -> ctl.server, "a thread started anywhere ... is evidence for
every sink in every module of that program". AMBIGUOUS: arbiter imports ctl.server inside
_start_control_server(); read as part of the program because rules.md's import clause counts an
import "in a function, which imports it when it runs".
"""
import logging
import os
import random
import sys
import time


class Arbiter:
    def __init__(self, app):
        self.app = app
        self.cfg = app.cfg
        self.log = logging.getLogger("gunicorn.error")
        self.WORKERS = {}
        self.num_workers = self.cfg.get("workers", 1)
        self.worker_age = 0
        self.pid = os.getpid()
        # Control socket server
        self._control_server = None

    def start(self):
        self.log.info("Starting gunicorn")
        self.pid = os.getpid()
        # Start control socket server
        self._start_control_server()

    def run(self):
        "Main master loop."
        self.start()
        self.manage_workers()
        while True:
            time.sleep(1.0)
            self.manage_workers()

    def manage_workers(self):
        if len(self.WORKERS) < self.num_workers:
            self.spawn_workers()

    def spawn_workers(self):
        for _ in range(self.num_workers - len(self.WORKERS)):
            self.spawn_worker()
            time.sleep(0.1 * random.random())

    def spawn_worker(self):
        self.worker_age += 1
        pid = os.fork()  # error: FRK003:15
        if pid != 0:
            self.WORKERS[pid] = self.worker_age
            return pid
        # Process Child
        try:
            self.log.info("Booting worker with pid: %s", os.getpid())
            self.app.wsgi()
            sys.exit(0)
        finally:
            self.log.info("Worker exiting (pid: %s)", os.getpid())

    def _start_control_server(self):
        if self.cfg.get("control_socket_disable"):
            self.log.debug("Control socket disabled")
            return
        # Lazy import to avoid circular imports and gevent compatibility
        from gunicorn.ctl.server import ControlSocketServer

        try:
            self._control_server = ControlSocketServer(self, self.cfg.get("control_socket"))
            self._control_server.start()
        except Exception as e:
            self.log.warning("Failed to start control socket: %s", e)
            self._control_server = None
