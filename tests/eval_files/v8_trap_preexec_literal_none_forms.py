"""v8_trap_preexec_literal_none_forms.

rules.md, "Sinks" (pre-exec hook) details and the version 2 corrections: only a preexec_fn
other than the literal None is a sink. Here preexec_fn is the literal None (also
parenthesised, and in a visible `**{...}` display or `**dict(...)` call), or absent
(start_new_session=True, env=...), for subprocess and asyncio, through
`from subprocess import Popen as Spawn` too. The module has thread evidence.
Expected: nothing.
"""
import asyncio
import os
import subprocess
import threading
from subprocess import Popen as Spawn


def _tail(path):
    with open(path) as fh:
        for line in fh:
            print(line, end="")


def start_tail(path):
    threading.Thread(target=_tail, args=(path,), daemon=True).start()


def run_all(cmd):
    subprocess.run(cmd, preexec_fn=None, check=True)
    subprocess.call(cmd, preexec_fn=(None))
    subprocess.check_call(cmd, start_new_session=True)
    subprocess.check_output(cmd, **{"preexec_fn": None})
    Spawn(cmd, **dict(preexec_fn=None, close_fds=True)).wait()
    subprocess.Popen(cmd, env=dict(os.environ, LC_ALL="C")).wait()


async def run_async(cmd):
    proc = await asyncio.create_subprocess_exec(*cmd, preexec_fn=None)
    await proc.wait()
    shell = await asyncio.create_subprocess_shell(" ".join(cmd), start_new_session=True)
    await shell.wait()


def main():
    start_tail("/etc/hosts")
    run_all(["true"])
    asyncio.run(run_async(["true"]))


if __name__ == "__main__":
    main()
