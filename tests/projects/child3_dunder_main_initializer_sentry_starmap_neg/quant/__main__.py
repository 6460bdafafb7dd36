"""child3_dunder_main_initializer_sentry_starmap_neg.

Clause: version 2 "Code that runs only in a child process" (a multiprocessing pool's
`initializer=`, tasks via `pool.starmap`) x the catalog (`sentry_sdk.init`) x "Programs"
(`__main__.py` of a project package is an entry point). workerinit.init_worker calls
sentry_sdk.init and is used only as the Pool's initializer: it runs in the pool workers.

Expected: nothing.
- this module's multiprocessing.Pool(4, ...): the parent has no thread evidence.
- quant/export.py, os.fork() in write() (parent code, called from main below): the program
  quant.__main__ starts threads only in child-only code.
"""
import multiprocessing
import sys

from quant import calc, export, workerinit


def main():
    pairs = [(100.0, 0.05), (250.0, 0.03), (80.0, 0.07)]
    with multiprocessing.Pool(4, initializer=workerinit.init_worker, initargs=("https://k@sentry.example.com/3",)) as pool:
        rows = pool.starmap(calc.price, pairs)
    export.write(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
