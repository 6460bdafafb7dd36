"""Case pos_program_argparse_dispatch.

rules.md, Programs (entry points): "Entry points are `[project.scripts]` ... targets"; "a
program is an entry point and every project module it imports, transitively. Inside one
program, a thread started anywhere (import time or any function) is evidence for every sink in
every module of that program". Program archivist (archivist.cli) imports commands.sync, whose
run() calls `sentry_sdk.init` (catalog), and this module. The CLI reaches both only through
argparse `set_defaults(func=...)`, but the program links them: FRK001 at the default
ProcessPoolExecutor, FRK004 at `subprocess.run(..., preexec_fn=os.setsid)`.
archivist/commands/legacy.py is imported by nothing: in no program, silent.
"""
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor


def _pack(path):
    return path


def run(args):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        packed = list(pool.map(_pack, args.paths))
    subprocess.run(["rsync", "-a"] + packed + ["backup:/archive/"], check=True, preexec_fn=os.setsid)  # error: FRK004:5
    return packed
