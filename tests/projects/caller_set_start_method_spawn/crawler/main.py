"""Case caller_set_start_method_spawn.

rules.md, Across modules > "a safe set_start_method("spawn" | "forkserver") makes a
default-method sink safe when it is in the sink's module, in a module that (transitively)
calls or imports it, or in a program that contains it". This threaded module imports and
calls crawler.pipeline.run() and sets "spawn" under its main guard: nothing is reported.
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
    multiprocessing.set_start_method("spawn")
    main(["<html></html>"])
