"""v4_frk1_unguarded_main_call: ``main()`` called at module level without the main guard (FRK102).

rules.md, FRK102: "a call at module level that starts one, e.g. an unguarded main()"; the
finding points at "the unguarded module-level call that leads to one, such as main()". The
module also starts a ``threading.Timer`` (evidence), so the ``Pool`` inside ``main`` is FRK001
too (its fix is withheld, the finding stays). Expected: FRK001 at the Pool, FRK102 at
``main()``.
"""
import argparse
import multiprocessing
import threading


def _report():
    print("still running", flush=True)


def _work(n):
    return n % 7


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    reporter = threading.Timer(30.0, _report)
    reporter.daemon = True
    reporter.start()
    with multiprocessing.Pool(args.jobs) as pool:  # error: FRK001:10
        print(sum(pool.map(_work, range(1000))))
    reporter.cancel()


main()  # error: FRK102:1
