"""Option target 3.14 (version 2): `set_start_method("fork")` in the module keeps FRK001.

Situation (setup.cfg beside this file sets `forksafe-target-python = 3.14`): a legacy batch
job with a thread pool (evidence) pins `mp.set_start_method("fork")` under the main guard, and
uses `mp.Pool` and `ProcessPoolExecutor()` with the default start method.

rules.md, Corrections (version 2): "`--forksafe-target-python` 3.14 or later drops FRK001 only
where the default start method is not fork: a `set_start_method("fork")` in the module, or
anywhere in a program that contains it, keeps the default-method sinks reported."
Details: "`set_start_method("fork")` is reported, and default-method sinks in that module are
still reported too". Options: explicit fork is still reported at 3.14.

Expected: FRK001 at `mp.Pool(2)` and at `ProcessPoolExecutor(max_workers=2)`; FRK002 at
`mp.set_start_method("fork")` (once, under the main guard: no FRK104).
"""
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _load(name):
    return name.encode()


def _score(blob):
    return len(blob)


def main(names):
    with ThreadPoolExecutor(max_workers=8) as io_pool:
        blobs = list(io_pool.map(_load, names))
    with mp.Pool(2) as pool:  # error: FRK001:10
        scores = pool.map(_score, blobs)
    with ProcessPoolExecutor(max_workers=2) as executor:  # error: FRK001:10
        scores += list(executor.map(_score, blobs))
    return scores


if __name__ == "__main__":
    mp.set_start_method("fork")  # error: FRK002:5
    print(main(["a", "b", "c"]))
