"""Case program_two_scripts_same_module_functions.

rules.md, Programs (entry points): "a program is an entry point and every project module it
imports, transitively"; inside one program "a thread started anywhere (import time or any
function) is evidence for every sink in every module of that program". Both scripts point at
functions of this one module, so both programs are {snap.cli, snap.archive}. The thread is
started only in serve() (snap-serve), the pool only reached from export() (snap-export) through
a command table (no resolved call). The program is made of modules, not of the functions the
script runs: FRK001 in snap/archive.py. snap/offline.py is imported by nothing: silent.
"""
import sys
import threading
import time

from snap import archive

COMMANDS = {"archive": archive.archive_all}


def _serve_forever():
    while True:
        time.sleep(1)


def serve():
    threading.Thread(target=_serve_forever, name="snap-http", daemon=True).start()
    _serve_forever()


def export():
    command, *args = sys.argv[1:]
    return COMMANDS[command](args)
