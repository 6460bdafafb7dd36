"""Option `--forksafe-target-python = 3.14`: FRK001 is dropped; FRK002/FRK003/FRK004 stay.

Situation (setup.cfg beside this file sets `forksafe-target-python = 3.14`): a report pipeline
with a progress thread (evidence) uses the default start method (`mp.Pool`,
`ProcessPoolExecutor()`), an inline fork context, `os.fork()` and a `preexec_fn=` hook. The
module makes no `set_start_method` call.

rules.md, Options: "`--forksafe-target-python`: ... At 3.14 or above, default-start-method
sinks (FRK001) are not reported, because the default is then never fork; explicit fork, raw
fork and preexec_fn still are." Corrections (version 2): dropped "only where the default start
method is not fork" (nothing here sets fork).

Expected: no FRK001; FRK002 at `mp.get_context("fork")`; FRK003 at `os.fork()`; FRK004 at
`subprocess.run(...)`.
"""
import multiprocessing as mp
import os
import subprocess
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _progress():
    while True:
        time.sleep(1)


def start_progress():
    threading.Thread(target=_progress, daemon=True).start()


def _render(section):
    return section.title()


def render_pool(sections):
    with mp.Pool(4) as pool:
        return pool.map(_render, sections)


def render_executor(sections):
    with ProcessPoolExecutor() as executor:
        return list(executor.map(_render, sections))


def render_forked(sections):
    with mp.get_context("fork").Pool(2) as pool:  # error: FRK002:10
        return pool.map(_render, sections)


def detach():
    if os.fork():  # error: FRK003:8
        os._exit(0)


def publish(path):
    return subprocess.run(["lpr", path], preexec_fn=os.setsid)  # error: FRK004:12
