"""v8_trap_spawn_method_in_method_default_contexts.

rules.md, "Safe": default-method sinks are safe in a module that calls
`multiprocessing.set_start_method("spawn")` anywhere, inside a function (here a method, with
the `method=` keyword form). Calls on a `get_context()` / `get_context(None)` context are
default-method sinks, so they are covered too, as is `mp_context=` set to such a context.
The module has thread evidence (threading.Thread in a method).
Expected: nothing.
"""
import multiprocessing as mp
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_CTX = mp.get_context()


def work(n):
    return n * n


def _emit_metrics():
    while True:
        time.sleep(60)


class App:
    def configure(self):
        mp.set_start_method(method="spawn")

    def start_metrics(self):
        threading.Thread(target=_emit_metrics, daemon=True).start()

    def run(self, items):
        with _CTX.Pool(2) as pool:
            first = pool.map(work, items)
        with ProcessPoolExecutor(mp_context=_CTX) as ex:
            second = list(ex.map(work, items))
        with mp.get_context(None).Pool(2) as pool:
            third = pool.map(work, items)
        proc = mp.Process(target=work, args=(1,))
        proc.start()
        proc.join()
        return first + second + third


def main():
    app = App()
    app.configure()
    app.start_metrics()
    app.run([1, 2, 3])


if __name__ == "__main__":
    main()
