"""prog2_src_layout_relative_import_chain.

Clause: Programs (entry points) with "Across modules": a src layout (`src/harvest/...`,
`src/` beside pyproject.toml is a source root) with a `[project.scripts]` target
`harvest.cli:main`. The program reaches the thread only through a chain of imports:
harvest.cli --(`from . import stages`, relative)--> harvest.stages
--(`from harvest.io import uploader`, from-package-import-submodule)--> harvest.io.uploader,
whose upload_all() builds a `futures.ThreadPoolExecutor` (`from concurrent import futures`).
None of these imports starts a thread at import time, and this module calls nothing that
starts threads (the stage runner is picked with getattr), so only the program links this
module to the thread.

Expected: the os.fork() in on_snapshot_signal() below: FRK003 (src/harvest/cli.py).
"""
import argparse
import os
import signal

from . import stages


def _write_snapshot():
    with open("harvest.snapshot", "w") as fh:
        fh.write("ok\n")


def on_snapshot_signal(signum, frame):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        _write_snapshot()
        os._exit(0)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="harvest")
    parser.add_argument("mode", choices=["batch", "stream"])
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGUSR1, on_snapshot_signal)
    runner = getattr(stages, "run_" + args.mode)
    return runner(args.paths)
