"""gap6_scripts_src_layout_hook_thread.

Clause: "Programs (entry points)" -- a `[project.scripts]` target (`fetchd.cli:main`) in a
`src/` layout ("src/ beside" the marker is a source root); "Inside one program, a thread
started anywhere ... is evidence for every sink in every module of that program". The
thread starts in heartbeat.start_heartbeat(), which cli.py reaches only through a hook list
(not a resolved call, README reading 1), so only the program links it to this module: the
default-method multiprocessing.Process in flush_spool() is FRK001.
"""
import multiprocessing
import os


def _drain_dir(path):
    for name in sorted(os.listdir(path)):
        print("fetch", os.path.join(path, name))


def flush_spool(spool_dir):
    proc = multiprocessing.Process(target=_drain_dir, args=(spool_dir,))  # error: FRK001:12
    proc.start()
    proc.join()
    return proc.exitcode
