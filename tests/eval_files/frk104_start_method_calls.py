"""FRK104: set_start_method at import time (in a module that makes processes), or again."""
import contextlib
import multiprocessing
import sys

multiprocessing.set_start_method("forkserver")  # error: FRK104:1

try:
    multiprocessing.set_start_method("spawn")
except RuntimeError:
    pass

with contextlib.suppress(RuntimeError):
    multiprocessing.set_start_method("spawn")


def configure():
    if sys.platform == "win32":
        multiprocessing.set_start_method("spawn")
    else:
        multiprocessing.set_start_method("forkserver")
    multiprocessing.set_start_method("spawn")  # error: FRK104:5
    multiprocessing.set_start_method("spawn", force=True)


def start():
    # A child of this module imports it again: the import-time call above raises there.
    multiprocessing.Process(target=configure).start()
