"""A shell session driven through pexpect (pexpect.spawn forks through ptyprocess)."""

import logging
import threading

import pexpect

log = logging.getLogger(__name__)


class Session:
    def __init__(self, session_name, machine):
        self.name = session_name
        log.info("Thread %s is spawning a shell in session %s",
                 threading.current_thread().name, session_name)
        self.pexpect_session = pexpect.spawn("/bin/sh")  # hazard (not in the contract)
        log.info("Thread %s finished spawning a shell in session %s",
                 threading.current_thread().name, session_name)
        self.pexpect_session.sendline("ssh " + machine)

    def run(self, command):
        self.pexpect_session.sendline(command)
        self.pexpect_session.expect(r"\$ ")
        return self.pexpect_session.before

    def __del__(self):
        log.info("cleaning up session %s", self.name)
        self.pexpect_session.close(force=True)
