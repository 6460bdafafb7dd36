"""Version 2: a function used as a Process target but also called directly is parent code too.

Situation: `_collect` starts a sampler thread. `run_isolated` uses it as
`multiprocessing.Process(target=_collect, ...)`, but `run_inline` calls `_collect(...)`
directly in the parent, so its thread runs in the parent as well.

rules.md, Corrections (version 2): code used only as `Process(target=f)` runs in the child and
is not evidence for the parent, but "A function also called directly in the parent is parent
code as well." Evidence: "it constructs `threading.Thread`" (anywhere in the module).
rules.md, Sinks table: "`multiprocessing.Process`" (FRK001).

Expected: FRK001 at the `multiprocessing.Process(...)` call in `run_isolated`.
"""
import multiprocessing
import threading
import time


def _sample(samples):
    for _ in range(10):
        samples.append(time.monotonic())
        time.sleep(0.1)


def _collect(label):
    samples = []
    sampler = threading.Thread(target=_sample, args=(samples,))
    sampler.start()
    sampler.join()
    print(label, len(samples))
    return samples


def run_isolated(label):
    proc = multiprocessing.Process(target=_collect, args=(label,))  # error: FRK001:12
    proc.start()
    proc.join()
    return proc.exitcode


def run_inline(label):
    return _collect(label)
