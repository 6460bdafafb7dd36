"""FRK104: set_start_method at import time, or again; the protected and exclusive forms are fine."""
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
