"""Case real_salt_vt_terminal_threads: the virtual terminal forks a threaded minion.

Report: https://github.com/saltstack/salt/issues/60504 ("Terminal class hangs
when run with threads"; fixed by https://github.com/saltstack/salt/pull/60507,
which moved ``salt.utils.vt.Terminal`` off ``os.fork`` onto ``subprocess.Popen``).
``salt.utils.vt.Terminal`` forked with ``os.fork()`` and ran Python in the child
before ``exec``; with the minion running jobs in threads, the child sometimes
hung before running the command.

Clause: rules.md, "Across modules: the project", "Programs (entry points)":
``[project.scripts]`` ``salt-minion = salt.scripts:salt_minion`` imports
salt/minion.py, which imports salt/modules/cmdmod.py, which imports this module,
so all of them are one program; "a thread started anywhere (import time or any
function) is evidence for every sink in every module of that program".
salt/minion.py starts a ``threading.Thread`` per job (in a method). The job
reaches ``cmdmod.run`` only through the ``FUNCTIONS`` command table, which
tests/projects/README.md reading 1 does not count as a resolved call, so the
program is the link. The raw-fork sink table lists ``os.fork()``.

Expected: FRK003 at the ``os.fork()`` in ``Terminal.__fork_ptys`` (reached by
``__init__`` -> ``self._spawn()`` -> ``self.__fork_ptys()``). ``pty.openpty()``
is not a sink, and the ``preexec_fn=`` keyword that cmdmod passes to
``Terminal(...)`` is not a subprocess call, so it is not FRK004.
"""

import logging
import os
import pty
import select
import sys

log = logging.getLogger(__name__)


class TerminalException(Exception):
    """Terminal specific exception."""


class Terminal:
    """I'm a virtual terminal."""

    def __init__(self, args=None, shell=False, cwd=None, env=None,
                 preexec_fn=None, stream_stdout=None, stream_stderr=None):
        if not args and not shell:
            raise TerminalException("You need to pass at least one of 'args' or 'shell=True'")
        self.args = args
        self.shell = shell
        self.cwd = cwd
        self.env = env
        self.preexec_fn = preexec_fn
        self.stream_stdout = stream_stdout
        self.stream_stderr = stream_stderr
        self.pid = None
        self.child_fd = None
        self.child_fde = None
        self.exitstatus = None
        self.has_unread_data = True
        self._spawn()
        log.debug("Child Forked! PID: %s", self.pid)

    def _spawn(self):
        self.pid, self.child_fd, self.child_fde = self.__fork_ptys()
        if isinstance(self.args, str):
            args = ["/bin/sh", "-c", self.args] if self.shell else [self.args]
        else:
            args = list(self.args)
        if self.pid == 0:
            if self.cwd is not None:
                os.chdir(self.cwd)
            if self.preexec_fn:
                self.preexec_fn()
            if self.env is None:
                os.execvp(args[0], args)
            else:
                os.execvpe(args[0], args, self.env)

    def __fork_ptys(self):
        stdout_parent_fd, stdout_child_fd = pty.openpty()
        stderr_parent_fd, stderr_child_fd = pty.openpty()
        pid = os.fork()  # error: FRK003:15
        if pid < pty.CHILD:
            raise TerminalException("Failed to fork")
        elif pid == pty.CHILD:
            os.close(stdout_parent_fd)
            os.close(stderr_parent_fd)
            os.setsid()
            os.dup2(stdout_child_fd, pty.STDIN_FILENO)
            os.dup2(stdout_child_fd, pty.STDOUT_FILENO)
            os.dup2(stderr_child_fd, pty.STDERR_FILENO)
        else:
            os.close(stdout_child_fd)
            os.close(stderr_child_fd)
        return pid, stdout_parent_fd, stderr_parent_fd

    def recv(self, maxsize=1024):
        rlist, _, _ = select.select([self.child_fd, self.child_fde], [], [], 0.1)
        out = os.read(self.child_fd, maxsize).decode() if self.child_fd in rlist else ""
        err = os.read(self.child_fde, maxsize).decode() if self.child_fde in rlist else ""
        if not rlist:
            self.has_unread_data = False
        return out, err

    def wait(self):
        _, status = os.waitpid(self.pid, 0)
        self.exitstatus = os.waitstatus_to_exitcode(status) if sys.version_info >= (3, 9) else status
        return self.exitstatus
