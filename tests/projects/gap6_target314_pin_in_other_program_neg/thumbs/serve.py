"""gap6_target314_pin_in_other_program_neg.

Clause: Corrections v2 / Options -- at `forksafe-target-python = 3.14` default-method sinks
are dropped unless a `set_start_method("fork")` is in the module, in a module that calls or
imports it, or in a program that contains it. resize.py (program thumbs-serve, threaded by
this module, which calls it) has only default-method sinks. The only fork pin is in
legacy.py, program thumbs-legacy, which neither imports nor calls resize.py and starts no
threads (so its own pin, FRK002-eligible, has no evidence). Sharing the empty package
`__init__.py` does not join the programs' other modules: no finding.
"""
import threading
import time

from thumbs import resize


def _sweep_cache():
    while True:
        time.sleep(600)
        print("sweeping thumbnail cache")


def main():
    threading.Thread(target=_sweep_cache, daemon=True).start()
    print(resize.resize_all(["a.jpg", "b.jpg"]))
