"""Evidence: `from threading import *` binds RLock; a module-level RLock is a lock at import time.

Situation: a terminal multiplexer helper star-imports threading and creates its registry lock
with the bare name `RLock()` at module level. It opens consoles with `os.forkpty()`.

rules.md, Evidence: names are resolved through imports, including "`from threading import *`
(binds the module's public names)"; "it creates a module-level lock: a call to
`threading.Lock`, `RLock`, ... that runs when the module is imported: module-level statements".
rules.md, Sinks: raw fork "`os.fork()`, `os.forkpty()`, ..."; Codes: FRK003 raw fork.

Expected: one FRK003 at the `os.forkpty()` call.
"""
import os
from threading import *

_registry_lock = RLock()
_consoles = {}


def open_console(name, argv):
    pid, master_fd = os.forkpty()  # error: FRK003:22
    if pid == 0:
        os.execvp(argv[0], argv)
    with _registry_lock:
        _consoles[name] = (pid, master_fd)
    return master_fd
