"""cat_sentry_alias_caller_preexec.

Clauses: "Library thread starters (the catalog)" (`sentry_sdk.init` through
`import sentry_sdk as sdk`) with "Across modules: the project" / threads flow to the caller.
worker/errors.py calls `sdk.init(...)` (= `sentry_sdk.init`) in `init_error_reporting()`;
`main()` here calls that function, so this module has thread evidence and the
`subprocess.run(..., preexec_fn=os.setpgrp)` in `run_job()` is reported: FRK004 at line 18.
`sdk.capture_exception` is not a catalog entry; it plays no part.
"""
import os
import subprocess
import sys

from worker.errors import capture, init_error_reporting


def run_job(cmd):
    return subprocess.run(cmd, preexec_fn=os.setpgrp, check=True)  # error: FRK004:12


def main():
    init_error_reporting(os.environ.get("SENTRY_DSN"), "worker@0.1.0")
    try:
        run_job(sys.argv[1:])
    except subprocess.CalledProcessError as exc:
        capture(exc)
        raise


if __name__ == "__main__":
    main()
