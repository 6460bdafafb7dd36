"""prog2_scripts_command_table_program_only.

Clause: "Across modules: the project" / Programs (entry points): a `[project.scripts]`
target `ledgerctl.cli:main` makes ledgerctl.cli and every project module it imports one
program; a thread started in any function of any of its modules is evidence for every sink
in every module of the program.

ledgerctl/telemetry.py starts a threading.Thread in start_reporter(). ledgerctl/export.py
opens a `multiprocessing.Pool(4)` in export_all(). Nothing links the two by a call the
checker can resolve: export_all is only reached through the COMMANDS table
(`COMMANDS[name](...)` is not a resolvable call), and export.py imports nothing from the
project. Only the program links them, so the Pool is FRK001 (export.py line 14); the
spawn-context pool in verify_all() is safe. This module has no sink.
"""
import sys

from ledgerctl import export, telemetry

COMMANDS = {
    "export": export.export_all,
    "verify": export.verify_all,
}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    telemetry.start_reporter(interval=30.0)
    name = argv[0] if argv else "export"
    return COMMANDS[name](argv[1:])
