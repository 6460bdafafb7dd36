# options: --forksafe-extra-lock-factories=fasteners.ReaderWriterLock
"""v7_option_extra_lock_factory_pty_spawn: a configured extra lock factory called at module level.

Clause: Options -- `--forksafe-extra-lock-factories` names qualified lock factories; called at
import time (module level) it is a module-level lock, i.e. thread evidence. Sink: pty.spawn()
(raw fork).
Expected: FRK003 at pty.spawn(argv) in attach().
"""
import os
import pty

import fasteners

_SESSIONS_RW = fasteners.ReaderWriterLock()
_SESSIONS = {}


def register(name, argv):
    with _SESSIONS_RW.write_lock():
        _SESSIONS[name] = argv


def attach(name):
    with _SESSIONS_RW.read_lock():
        argv = _SESSIONS[name]
    status = pty.spawn(argv)  # error: FRK003:14
    return os.waitstatus_to_exitcode(status)


def main():
    register("shell", [os.environ.get("SHELL", "/bin/sh")])
    raise SystemExit(attach("shell"))


if __name__ == "__main__":
    main()
