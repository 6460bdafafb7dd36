"""v8_preexec_through_variables.

rules.md, "Sinks" (pre-exec hook) and its details: "preexec_fn is exempt only when it is the
literal None". A hook passed through a local name is FRK004 (also a name that holds None on
one path, and a name bound to None: a name is not the literal); a functools.partial is FRK004;
the literal `None`, parenthesised or not, is exempt. Names through `import subprocess as sp`
and `from subprocess import check_output as capture`.
Evidence: threading.Thread(...).start() in a function.
Expected: four FRK004; the two literal-None calls print nothing.
"""
import functools
import os
import subprocess as sp
import threading
from subprocess import check_output as capture


def _pump(stream):
    for line in stream:
        print(line, end="")


def start_pump(stream):
    threading.Thread(target=_pump, args=(stream,), daemon=True).start()


def launch_detached(cmd):
    hook = os.setsid
    return sp.Popen(cmd, preexec_fn=hook)  # error: FRK004:12


def launch_maybe_grouped(cmd, group=False):
    hook = None
    if group:
        hook = os.setpgrp
    return sp.run(cmd, preexec_fn=hook, check=True)  # error: FRK004:12


def launch_unset(cmd):
    no_hook = None
    return sp.call(cmd, preexec_fn=no_hook)  # error: FRK004:12


def nice_capture(cmd):
    return capture(cmd, preexec_fn=functools.partial(os.nice, 10))  # error: FRK004:12


def quiet_call(cmd):
    return sp.call(cmd, preexec_fn=None)


def checked(cmd):
    sp.check_call(cmd, preexec_fn=(None))


def main():
    proc = launch_detached(["cat", "/etc/hosts"])
    launch_maybe_grouped(["true"])
    launch_unset(["true"])
    nice_capture(["uname"])
    quiet_call(["true"])
    checked(["true"])
    proc.wait()


if __name__ == "__main__":
    main()
