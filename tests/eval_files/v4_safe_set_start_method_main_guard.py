"""v4_safe_set_start_method_main_guard: ``set_start_method("forkserver")`` under the main guard.

rules.md, Sinks, Safe: "Default-method sinks are also safe in a module that calls
multiprocessing.set_start_method("spawn" | "forkserver") anywhere in the module (module level,
under if __name__ == "__main__":, inside a function)". Every default-method sink kind is here
(``Pool``, ``Process``, a local ``Process`` subclass, ``ProcessPoolExecutor()``, ``Manager()``,
a started ``SyncManager``, a stored ``get_context()``), in a module with thread evidence
(``socketserver.ThreadingUnixStreamServer``). One call, under the guard: no FRK104.
Expected: nothing.
"""
import multiprocessing
import socketserver
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_CTX = multiprocessing.get_context()


class _Control(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"ok\n")


def control_server(path):
    return socketserver.ThreadingUnixStreamServer(path, _Control)


def _work(n):
    return n + 1


class Compactor(multiprocessing.Process):
    def run(self):
        _work(0)


def run_all(numbers):
    with multiprocessing.Pool(2) as pool:
        first = pool.map(_work, numbers)
    with ProcessPoolExecutor() as ex:
        second = list(ex.map(_work, numbers))
    proc = multiprocessing.Process(target=_work, args=(1,))
    proc.start()
    Compactor().start()
    with multiprocessing.Manager() as manager:
        third = list(manager.list(numbers))
    sync = SyncManager()
    sync.start()
    with _CTX.Pool(2) as pool:
        fourth = pool.map(_work, numbers)
    sync.shutdown()
    return first, second, third, fourth


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    print(run_all([int(a) for a in sys.argv[1:]]))
