"""child3_dunder_main_target_also_called_inline.

Clause: version 2 "Code that runs only in a child process": "A function also called directly
in the parent is parent code as well" x "Across modules" (threads flow to the caller) x
"Programs" (`__main__.py` of a project package is an entry point). sync.pull is a
`Process(target=sync.pull)` target and is also called directly below (--inline); it calls
beacon.start(), which starts a threading.Thread. So pull() is parent code: this module calls
pull(), which starts threads.

Expected:
- this module's multiprocessing.Process(...): FRK001.
- syncer/archive.py's ProcessPoolExecutor() in pack(): FRK001 (called from this module, which
  starts threads through pull(); also program syncer.__main__ starts threads in sync/beacon).
"""
import argparse
import multiprocessing
import sys

from syncer import archive, sync


def main(argv=None):
    parser = argparse.ArgumentParser(prog="syncer")
    parser.add_argument("remote")
    parser.add_argument("--inline", action="store_true")
    args = parser.parse_args(argv)
    if args.inline:
        sync.pull(args.remote)
    else:
        proc = multiprocessing.Process(target=sync.pull, args=(args.remote,))  # error: FRK001:16
        proc.start()
        proc.join()
    return archive.pack(["/var/lib/syncer/a", "/var/lib/syncer/b"])


if __name__ == "__main__":
    sys.exit(main())
