"""Case real_kirocrew_terminal_preexec: a PTY shell spawned with preexec_fn from the gateway program.

Report: https://github.com/kirodotdev/KiroCrew/issues/12016 ("Terminal open forks
the gateway on the event-loop thread: 107ms stall per open, unbounded when the
fork child cannot exec"): ``api_terminal_ws`` passes ``preexec_fn=_setup_ctty``
to ``asyncio.create_subprocess_exec``, which turns the spawn into a plain
``fork()`` of the ~120-thread gateway; a child that inherits a lock held by a
thread that does not exist in it never reaches ``exec``. (The same mechanism as
the earlier kirodotdev/KiroCrew#935, at a different call site.)

Clause: rules.md, Sinks, "pre-exec hook": ``asyncio.create_subprocess_exec``
"with the keyword preexec_fn= anything but None". Evidence: "Programs (entry
points)": ``[project.scripts]`` ``kiro-crew = kiro_crew.cli:main`` imports
kiro_crew/gateway.py, whose ``Gateway.start`` constructs ``threading.Thread``,
and kiro_crew/dashboard/server.py, which imports this module; the handler is
reached only through the ``ROUTES`` table (not a resolved call, tests/projects/
README.md reading 1), so the program is the link.

Expected: one FRK004, at the ``asyncio.create_subprocess_exec(...)`` call (the
call expression starts after ``await``). kiro_crew/dashboard/handlers/models.py
passes ``preexec_fn=None`` and stays silent.
"""

import asyncio
import fcntl
import os
import pty
import termios


def _setup_ctty():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


async def api_terminal_ws(request):
    shell = os.environ.get("SHELL", "/bin/bash")
    master_fd, slave_fd = pty.openpty()
    proc = await asyncio.create_subprocess_exec(  # error: FRK004:18
        shell, "-l",
        stdin=slave_fd, stdout=slave_fd, stderr=slave_fd,
        preexec_fn=_setup_ctty,
    )
    os.close(slave_fd)
    return {"pid": proc.pid, "fd": master_fd}
