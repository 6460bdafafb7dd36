"""real11_uwsgi_sentry_startup_hook_program

Re-creates https://github.com/unbit/uwsgi/issues/1369 (listen queue full after
reload): the Django app, loaded in the uWSGI master, has Sentry configured and
logs an error while it loads; Sentry's transport thread and the master's fork of
the workers race, and every worker deadlocks. The master's fork is the
project's pre-fork loop in portal/prefork.py.

Clause: "Programs (entry points)": portal-serve (portal.cli, from
[project.scripts]) imports portal.observability and portal.prefork; a thread
started anywhere in the program (sentry_sdk.init, a catalog call, inside
install_sentry()) is evidence for every sink of the program. The hook list and
the command table are not resolved calls (readings: indirect calls), so only the
program links the two modules.
Expected: FRK003 at os.fork() in portal/prefork.py line 15; nothing here.
"""
import argparse
import logging

from portal import observability, prefork

COMMANDS = {"serve": prefork.serve}


def load_application():
    for hook in observability.STARTUP_HOOKS:
        hook()
    logging.getLogger("portal").error("settings loaded with DEBUG enabled")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="portal-serve")
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args(argv)
    load_application()
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    main()
