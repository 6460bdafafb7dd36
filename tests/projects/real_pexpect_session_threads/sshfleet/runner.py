"""Case real_pexpect_session_threads (out of contract): pexpect.spawn from worker threads.

Report: https://github.com/pexpect/pexpect/issues/369 ("Multithread program
hangs when spawning a shell"): each ``threading.Thread`` subclass creates a
``Session``, which calls ``pexpect.spawn("/bin/sh")``; some threads hang inside
``pexpect.spawn()``. The cause, per https://github.com/pexpect/ptyprocess/issues/43
("PtyProcess.spawn (and thus pexpect) is not safe for use in multithreaded
applications"): ``ptyprocess`` forks with ``pty.fork()`` and runs Python (and
a ``__del__`` of another thread's Session) before ``exec``.

Why rules.md does not report it: the fork happens inside a third-party library.
The sink table lists ``os.fork``, ``os.forkpty``, ``pty.fork``, ``pty.spawn``,
forking servers, the multiprocessing forms and subprocess ``preexec_fn``; the
catalog's forkers (docs/libraries.md) are torch, joblib, mpire and Pebble. A
call to ``pexpect.spawn`` is none of them, and the checker "never imports ...
the code it reads" and reads only the project. This module has thread evidence
(a local ``threading.Thread`` subclass, constructed) and sshfleet/session.py
is judged with it as a callee, but neither module contains a sink.

Expected: no findings.
"""

import logging
import threading

from sshfleet.session import Session

log = logging.getLogger(__name__)


class CustomizedThread(threading.Thread):
    def __init__(self, thread_name, machine, commands):
        super().__init__(name=thread_name)
        self.machine = machine
        self.commands = commands
        self.results = []

    def run(self):
        session = Session(self.name, self.machine)
        for command in self.commands:
            self.results.append(session.run(command))


def main(machines, commands):
    threads = [CustomizedThread("worker-%d" % i, m, commands) for i, m in enumerate(machines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {t.machine: t.results for t in threads}


if __name__ == "__main__":
    main(["host1", "host2", "host3"], ["uptime"])
