"""real_dask_compute_direct_and_pool_task.

Report: https://github.com/dask/dask/issues/8218 ("Possible bug: `dask.array.compute()` hanging with `multiprocessing.Pool`")
The reporter called a function that runs dask's compute() once directly (so dask's threaded
scheduler started its thread pool in the parent) and then mapped the same function over a
multiprocessing.Pool, whose forked workers hung inside compute().

Clauses: "Library thread starters (the catalog)" (`dask.compute` with the default scheduler, a
call, here `from dask import compute`); "Corrections (version 2)": a process-pool task is
child-only code, but "a function also called directly in the parent is parent code as well";
"Sinks" default start method (`multiprocessing.Pool`). my_func() is both a Pool task and called
directly from main(), so its compute() call is evidence for this module. Expected: FRK001 at the
Pool(...) call in main(). The report built the pool at module level; here it is built in main()
under the main guard (no FRK102).
"""
from multiprocessing import Pool

import dask.array as da
from dask import compute


def my_func(x1):
    a = da.arange(4 * x1, chunks=2)
    print(a)
    (s,) = compute(a.sum())
    return int(s)


def main():
    print(my_func(2))
    pool = Pool(processes=2)  # error: FRK001:12
    try:
        print(pool.map(my_func, [2]))
    finally:
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
