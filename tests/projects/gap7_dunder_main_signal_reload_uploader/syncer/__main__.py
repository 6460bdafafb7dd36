"""gap7_dunder_main_signal_reload_uploader.

Clause: "Programs (entry points)" -- `__main__.py` files of project packages are entry points.
The program syncer.__main__ imports syncer.watcher and syncer.uploader. watcher.on_reload is
only installed as a signal handler (readings.md 1: a handler reference is not a call), so the
thread it starts reaches uploader.py only through the program.
Expected: FRK001 in syncer/uploader.py at the ProcessPoolExecutor call (in program
syncer.__main__, syncer/watcher.py starts threads). Nothing in this file or watcher.py.
"""
import signal
import sys

from syncer import uploader, watcher


def main(argv):
    folders = argv[1:] or ["."]
    signal.signal(signal.SIGHUP, watcher.on_reload)
    sent = uploader.upload_all(folders)
    print(f"uploaded {sent} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
