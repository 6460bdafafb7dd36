"""cat_neg_loguru_add_without_enqueue.

Clauses: "Library thread starters (the catalog)" (loguru: only `logger.add(..., enqueue=True)`
starts a thread) with "Across modules: the project" and "Programs (entry points)".
Expected: no finding. reports/logconf.py calls `logger.add(sys.stderr, level=..., format=...)`
at import time without `enqueue=True`: loguru then writes synchronously and starts no thread,
and that call is not a catalog entry; `logger.remove()` and `logger.info()` are not either.
So neither the import of reports.logconf nor the program reports gives this module thread
evidence, and the `ProcessPoolExecutor(max_workers=4)` below is not reported.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from loguru import logger

from reports import logconf  # noqa: F401


def render(name):
    return "<h1>%s</h1>" % name


def main():
    with ProcessPoolExecutor(max_workers=4) as executor:
        pages = list(executor.map(render, sys.argv[1:]))
    logger.info("rendered {} pages", len(pages))


if __name__ == "__main__":
    main()
