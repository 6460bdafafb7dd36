"""v8_raw_fork_renamed_imports.

rules.md, "Sinks" (raw fork: os.fork(), os.forkpty(), pty.fork(), pty.spawn()) and "Evidence"
(`_thread.start_new_thread`), all through renamed imports: `import _thread as low`,
`from os import fork as f, forkpty as open_pty`, `from pty import fork as pty_fork`,
`import pty as ptymod`. A renamed import still binds the same function.
Expected: four FRK003, one at each call.
"""
import _thread as low
import os
import time
from os import fork as f, forkpty as open_pty
from pty import fork as pty_fork
import pty as ptymod


def _watch(path, interval):
    last = None
    while True:
        mtime = os.stat(path).st_mtime
        if mtime != last:
            last = mtime
        time.sleep(interval)


def start_watcher(path):
    return low.start_new_thread(_watch, (path, 1.0))


def daemonize():
    pid = f()  # error: FRK003:11
    if pid:
        os._exit(0)
    os.setsid()


def open_terminal():
    pid, fd = open_pty()  # error: FRK003:15
    if pid == 0:
        os.execvp("bash", ["bash", "--login"])
    return pid, fd


def open_pty_child(argv):
    pid, fd = pty_fork()  # error: FRK003:15
    if pid == 0:
        os.execvp(argv[0], argv)
    return pid, fd


def record_session(argv):
    return ptymod.spawn(argv)  # error: FRK003:12


def main():
    start_watcher("/etc/hosts")
    open_terminal()
    open_pty_child(["ls", "-l"])
    record_session(["sh"])
    daemonize()


if __name__ == "__main__":
    main()
