"""Case readiness_cross_start_method_forced (a trap).

Like readiness_cross_start_method_twice, but the second call passes force=True, and setup_mp's
own call is under nothing a child runs twice in a way that matters (it sets spawn before any
process exists). Expected: nothing; it runs under every start method.
"""
import multiprocessing

import setup_mp  # noqa: F401


def work():
    print("child")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
