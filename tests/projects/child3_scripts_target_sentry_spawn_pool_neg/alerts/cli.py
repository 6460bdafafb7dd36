"""child3_scripts_target_sentry_spawn_pool_neg.

Clause: version 2 "Code that runs only in a child process" x the catalog (`sentry_sdk.init`)
x "Programs" x the safe-context rule ("Safe: a call that uses a context from
get_context("spawn") ... through a name bound in the same function"). notifier.serve is used
only as `Process(target=notifier.serve)`; it calls sentry_sdk.init (a catalog thread starter)
and then forks workers through `ctx = multiprocessing.get_context("spawn")`, `ctx.Pool(2)`.

Expected: nothing.
- alerts/notifier.py, ctx.Pool(2): the fork inside the child uses a spawn context: safe.
- this module's multiprocessing.Process(...): the only thread in program alerts
  (alerts.cli) is started in child-only code, which is never evidence for the parent or its
  program.
"""
import multiprocessing
import sys

from alerts import notifier


def main():
    config_path = sys.argv[1] if len(sys.argv) > 1 else "/etc/alerts.toml"
    proc = multiprocessing.Process(target=notifier.serve, args=(config_path,))
    proc.start()
    proc.join()
    return proc.exitcode


if __name__ == "__main__":
    sys.exit(main())
