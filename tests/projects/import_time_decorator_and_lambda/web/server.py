"""Case import_time_decorator_and_lambda.

rules.md, Across modules > Import-time threads, with "import time" as defined for locks:
"decorator arguments of module-level definitions" run on import, "Not inside a function body or
a lambda". web.routes builds a ThreadPoolExecutor in a decorator argument (imported here:
evidence); web.sampling only defines a lambda that would start a thread (imported by
web/cron.py, never called: no evidence).
"""
import os

from web import routes


def reload_workers():
    if os.fork() == 0:  # error: FRK003:8
        os.execv("/usr/bin/env", ["env", "python", "-m", "web"])
    return routes.ROUTES
