"""Case readiness_cross_start_method_twice.

rules.md, FRK104 "called twice without force=True", across modules: main.py imports setup_mp,
which sets the start method at import time, then sets it again under its main guard. The
second call raises RuntimeError("context has already been set") under every start method.
Expected: FRK104 at the second call.
"""
import multiprocessing

import setup_mp  # noqa: F401


def work():
    print("child")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # error: FRK104:5
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
