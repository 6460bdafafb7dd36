"""Case caller_set_start_method_fork.

rules.md, Across modules > "a set_start_method("fork") in any of those keeps it unsafe", and
Sinks > explicit fork: the fork pin is itself reported (FRK002) in this threaded module, and
the pool in crawler/pipeline.py stays reported (FRK001, evidence from this caller).
"""
import multiprocessing
import threading

from crawler import pipeline


def _progress():
    return None


def main(pages):
    threading.Thread(target=_progress, daemon=True).start()
    return pipeline.run(pages)


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    main(["<html></html>"])
