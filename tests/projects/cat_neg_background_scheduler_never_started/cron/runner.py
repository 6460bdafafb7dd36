"""cat_neg_background_scheduler_never_started.

Clauses: "Library thread starters (the catalog)" (APScheduler `BackgroundScheduler`, a start
method entry: it starts its thread on `.start()`) with "Across modules: the project" and
"Programs (entry points)".
Expected: no finding. cron/schedule.py builds a `BackgroundScheduler` at import time and adds
jobs to it, but nothing in the project ever calls `.start()` on it; construction, `add_job`
and `get_jobs` start no thread (rules.md lists the entry only with `.start()`). The program
cron-runner (cron.runner + cron.schedule) therefore starts no threads, and the
`multiprocessing.Pool` in `run_once()` is a sink in a process without thread evidence.
"""
import multiprocessing
import sys

from cron import schedule


def vacuum(table):
    return "vacuumed %s" % table


def run_once(tables):
    with multiprocessing.Pool(2) as pool:
        return pool.map(vacuum, tables)


def main():
    schedule.register(vacuum, minutes=30)
    print("registered:", ", ".join(schedule.registered_ids()))
    for line in run_once(sys.argv[1:]):
        print(line)


if __name__ == "__main__":
    main()
