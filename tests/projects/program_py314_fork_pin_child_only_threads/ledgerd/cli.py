"""Case program_py314_fork_pin_child_only_threads (forksafe-target-python = 3.14).

rules.md, Corrections (version 2): at target 3.14 "a set_start_method("fork") in the module, or
anywhere in a program that contains it, keeps the default-method sinks reported", but a sink is
still reported only with thread evidence. Program ledgerd pins fork in main(); its only thread
is in worker.run_worker(), used only as a Process target (child-only: "never for the parent or
its program"). So there is no evidence: the pin (explicit fork), the Process below and
reports.py's ProcessPoolExecutor are all silent. Expected: no finding.
"""
import multiprocessing
import sys

from ledgerd import reports, worker


def main():
    multiprocessing.set_start_method("fork")
    accounts = sys.argv[1:]
    procs = [multiprocessing.Process(target=worker.run_worker, args=(a,)) for a in accounts]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return reports.summarise(accounts)


if __name__ == "__main__":
    main()
