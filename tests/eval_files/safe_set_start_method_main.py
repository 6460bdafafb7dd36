"""Safe: multiprocessing.set_start_method("spawn") under `if __name__ == "__main__":` makes every default-method sink in the module safe; a raw fork is still FRK003 (rules.md "Safe": set_start_method anywhere in the module)."""
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_flush_lock = threading.Lock()


class Exporter(multiprocessing.Process):
    def run(self):
        print("exporting")


def render(pages):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(str, pages))


def aggregate(rows):
    with multiprocessing.Pool() as pool:
        return pool.map(len, rows)


def shared():
    with SyncManager() as m:
        return dict(m.dict(a=1))


def start_exporter():
    Exporter().start()


def spawn_shell():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execv("/bin/sh", ["sh"])
    return pid


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    start_exporter()
    print(aggregate(sys.argv[1:]), render(sys.argv[1:]), shared())
