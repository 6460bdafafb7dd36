"""program_qthread_subclass_never_started: a QThread subclass from another module, built but not started.

rules.md, the catalog: Qt `QThread` (`.start()`); "a project class that subclasses a catalog
class (`class Worker(QThread)`) counts like it". Loader() is built in panel.py and never
started; the only `.start()` is `self.start()` inside Loader, which the checker does not count.
Expected: no finding at the pool, although cli.py's program holds every module.
"""
import multiprocessing

from app import panel


def main():
    panel.build()
    with multiprocessing.Pool() as pool:
        pool.map(abs, [1, 2])
