"""prog2_child_helper_also_parent_called.

Clause: version 2, "Code that runs only in a child process": a helper called by a
child-only function is child-only too, but "A function also called directly in the parent
is parent code as well." With Programs: program quotes (`quotes.cli:main`) contains cli,
feed, cache and admin.

feed.run_feed is used only as a Process target; it calls cache.start_refresher()
(threading.Thread). cache.start_refresher() is ALSO called by admin.refresh_now(), which is
not child code (it is reached through the COMMANDS table, not a resolvable call, so this
module gets no evidence from it by calls). So start_refresher's thread is parent code, in
cache.py and admin.py, modules of program quotes: it is evidence for every sink in the
program.

Expected: the `multiprocessing.Process(...)` below: FRK001 (quotes/cli.py), reached only
through the program. feed.py has no sink.
"""
import multiprocessing
import sys

from quotes import admin, feed

COMMANDS = {"refresh": admin.refresh_now}


def main():
    if len(sys.argv) > 1:
        return COMMANDS[sys.argv[1]]()
    proc = multiprocessing.Process(target=feed.run_feed, args=("NYSE",))  # error: FRK001:12
    proc.start()
    proc.join()
    return proc.exitcode
