"""real_daemonize_import_thread_fork: Daemonize forks a process that imported a thread-starting module.

Report: https://github.com/thesharp/daemonize/issues/56 ("Thread stopped when daemonize start").

What was reported: db.py starts a `threading.Thread` subclass (Database) at module level;
main.py imports db, configures a FileHandler logger, and daemonizes with
`Daemonize(app="test_app", pid=pid, action=main, keep_fds=keep_fds).start()`. In the daemon,
`db.db` shows `<Database(Thread-1, stopped daemon ...)>`. The maintainer answered: "You should
create threads after daemonization because fork creates child process with a single thread, the
one that called fork." Any lock that thread held (the logging handler's included) stays locked in
the daemon.

Re-creation: this file is a trimmed copy of the daemonize package's Daemonize.start() (one
os.fork(), then setsid), kept in the project so that the fork is visible (tests/projects/README.md
reading 12). As a project module it is found before the installed package ("the roots searched
before the standard library", reading 7).

Clauses: "Import-time threads": db.py constructs and starts its local Thread subclass at module
level, so main.py, which imports db, has thread evidence; "evidence flows to the callee":
main.py builds `daemon = Daemonize(...)` and calls `daemon.start()` in the same scope. Raw fork
`os.fork()`. This module has no thread of its own.

Expected: one finding, FRK003 at the os.fork() call (daemonize.py:51).
"""
import atexit
import logging
import os
import signal
import sys


class Daemonize(object):
    def __init__(self, app, pid, action, keep_fds=None, foreground=False, logger=None):
        self.app = app
        self.pid = os.path.abspath(pid)
        self.action = action
        self.keep_fds = keep_fds or []
        self.foreground = foreground
        self.logger = logger or logging.getLogger(app)

    def sigterm(self, signum, frame):
        self.logger.warning("Caught signal %s. Stopping daemon." % signum)
        sys.exit(0)

    def exit(self):
        os.remove(self.pid)

    def start(self):
        if not self.foreground:
            try:
                process_id = os.fork()  # error: FRK003:30
            except OSError as e:
                self.logger.error("Unable to fork, errno: {0}".format(e.errno))
                sys.exit(1)
            if process_id != 0:
                if self.keep_fds:
                    os._exit(0)
                else:
                    sys.exit(0)
            process_id = os.setsid()
            if process_id == -1:
                sys.exit(1)
        with open(self.pid, "w") as lockfile:
            lockfile.write("%s" % os.getpid())
        signal.signal(signal.SIGTERM, self.sigterm)
        atexit.register(self.exit)
        self.logger.warning("Starting daemon.")
        self.action()
