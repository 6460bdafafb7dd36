"""Case readiness_cross_import_time_call_chain.

rules.md, FRK102 across modules, through a chain: the unguarded main() calls
Pipeline().run() (pipeline.py), which calls jobs.run_all() (jobs.py), which starts a pool.
Expected: FRK102 at `main()`.
"""
from pipeline import Pipeline


def main():
    Pipeline().run()


main()  # error: FRK102:1
