"""Case real_sentry_procpool_warning.

Re-creation of https://github.com/getsentry/sentry-python/issues/3937 ("Make SDK safe for
working with multiprocessing ..."): after sentry_sdk.init(), a ProcessPoolExecutor on Linux
forks the multi-threaded process and Python 3.12 warns "This process is multi-threaded, use of
fork() may lead to deadlocks in the child".

Labels (rules.md): setup() calls the catalog starter sentry_sdk.init, and this module calls
setup() (Across modules > threads flow to the caller), so the default-method pool is FRK001.
"""
from concurrent.futures import ProcessPoolExecutor

import sentry_sdk

from service import observability


def main():
    observability.setup()
    sentry_sdk.capture_message("hello")
    pool = ProcessPoolExecutor()  # error: FRK001:12
    pool.submit(sentry_sdk.capture_message, "world").result()
    pool.shutdown()


if __name__ == "__main__":
    main()
