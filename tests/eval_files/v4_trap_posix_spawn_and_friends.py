"""v4_trap_posix_spawn_and_friends: process creation that is not a fork sink, in a threaded module.

rules.md, Sinks: the table lists the calls that fork. ``os.posix_spawn`` / ``os.posix_spawnp``,
``os.spawnv``, ``os.system``, ``os.register_at_fork`` are not in it; ``subprocess`` calls are
sinks only "with the keyword preexec_fn= anything but None" ("preexec_fn is exempt only when it
is the literal None"), also for ``asyncio.create_subprocess_exec`` / ``_shell``. The module has
thread evidence (a ``ThreadPoolExecutor`` used as a context manager, via
``from concurrent import futures``), yet nothing here is a sink. Expected: nothing.
"""
import asyncio
import os
import subprocess
from concurrent import futures


def _after_fork_in_child():
    os.environ.pop("APP_PARENT_TOKEN", None)


os.register_at_fork(after_in_child=_after_fork_in_child)


def _ping(host):
    return subprocess.run(["ping", "-c1", host], capture_output=True, preexec_fn=None).returncode


def ping_all(hosts):
    with futures.ThreadPoolExecutor(max_workers=8) as pool:
        return dict(zip(hosts, pool.map(_ping, hosts)))


def launch(path, argv):
    pid = os.posix_spawn(path, argv, dict(os.environ))
    other = os.posix_spawnp(argv[0], argv, dict(os.environ), setsid=True)
    legacy = os.spawnv(os.P_NOWAIT, path, argv)
    return pid, other, legacy


def detached(argv):
    return subprocess.Popen(argv, start_new_session=True, preexec_fn=None)


def report(cmd):
    os.system(cmd)
    return subprocess.check_output(cmd, shell=True)


async def run_async(argv):
    proc = await asyncio.create_subprocess_exec(*argv, preexec_fn=None)
    shell = await asyncio.create_subprocess_shell("sync")
    return await proc.wait(), await shell.wait()
