"""Trap (version 2): the only thread is started by a function used only as a Process target.

Situation: `_child_main` starts a reader thread; the module uses `_child_main` only as
`mp.Process(target=_child_main, ...)` and never calls it directly. There is no other evidence.

rules.md, Corrections (version 2): "Code that runs only in a child process is not evidence for
the parent's forks: a function (or what it calls) that the project uses only as
`Process(target=f)` ... runs in the child ... Its threads are evidence for forks made inside
that child only, never for the parent or its program."
rules.md, Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding at `mp.Process(...)` (the parent has no thread evidence). The child makes
no fork of its own.
"""
import multiprocessing as mp
import threading


def _pump(inbox, results):
    for item in iter(inbox.get, None):
        results.put(item * 2)
    results.put(None)


def _child_main(inbox, results):
    reader = threading.Thread(target=_pump, args=(inbox, results), daemon=True)
    reader.start()
    reader.join()


def run(items):
    inbox = mp.Queue()
    results = mp.Queue()
    proc = mp.Process(target=_child_main, args=(inbox, results))
    proc.start()
    for item in items:
        inbox.put(item)
    inbox.put(None)
    out = list(iter(results.get, None))
    proc.join()
    return out
