"""Case readiness_cross_import_time_guarded (a trap).

rules.md, FRK102 across modules: the import-time call prepare() lives in jobs.py, which starts
a process only under its own `if __name__ == "__main__":` (that never runs on import). The
main script's pool is under its guard. Expected: nothing; it runs under every start method.
"""
import multiprocessing

from jobs import prepare, square

prepare()

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, [1, 2]))
