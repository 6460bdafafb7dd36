"""Case program_thread_two_imports_away.

rules.md, Programs (entry points): the program is the entry point "and every project module it
imports, transitively", in a src/ layout. tally = "tally.cli:main" imports tally.commands,
which imports tally.telemetry (two imports away), whose start_reporter() starts a thread; it is
reached only from a signal handler (a reference, not a call: reading 1), so no call links it to
cli.py. tally/store.py, called directly by main() but with no evidence of its own, is linked to
the thread only by the program: FRK001 there. tally/repair.py is imported by nothing: silent.
"""
import signal
import sys

from tally import commands, store


def main():
    signal.signal(signal.SIGUSR1, commands.on_usr1)
    return store.load_all(sys.argv[1:])
