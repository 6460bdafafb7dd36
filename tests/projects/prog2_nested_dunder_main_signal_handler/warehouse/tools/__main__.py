"""prog2_nested_dunder_main_signal_handler.

Clause: Programs (entry points): the `__main__.py` of a project package is an entry point,
also of a nested subpackage (`python -m warehouse.tools`); the program is this module and
every project module it imports.

This entry imports warehouse.poller (absolute) and warehouse.tools.reindex (relative,
`from . import reindex`). poller.poll_forever() builds a ThreadPoolExecutor.
reindex.on_hangup() calls os.fork(); it is only registered as a SIGHUP handler (a
reference, not a call), so no call links it to a threaded module, and reindex.py imports
nothing from the project. Only the program links them: the os.fork() in
warehouse/tools/reindex.py is FRK003. This module has no sink.
"""
import argparse
import signal

from warehouse import poller
from . import reindex


def main():
    parser = argparse.ArgumentParser(prog="python -m warehouse.tools")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    signal.signal(signal.SIGHUP, reindex.on_hangup)
    poller.poll_forever(args.workers)


if __name__ == "__main__":
    main()
