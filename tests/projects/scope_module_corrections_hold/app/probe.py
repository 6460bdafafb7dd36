"""Case scope_module_corrections_hold (child-only half).

rules.md, Corrections (version 2): "These corrections hold in every scope,
--forksafe-scope=module included." probe_main starts a thread but runs only as a Process
target, so even one file at a time this module has no evidence for its Process.
"""
import multiprocessing
import threading


def probe_main(host):
    threading.Thread(target=print, args=(host,), daemon=True).start()


def probe_all(hosts):
    procs = [multiprocessing.Process(target=probe_main, args=(host,)) for host in hosts]
    for proc in procs:
        proc.start()
    return procs
