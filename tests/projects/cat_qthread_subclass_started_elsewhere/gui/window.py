"""cat_qthread_subclass_started_elsewhere.

Clauses: "Library thread starters (the catalog)" (Qt `QThread`, start method; "a project class
that subclasses a catalog class (`class Worker(QThread)`) counts like it") with "Across
modules: the project" (names resolved through imports).
gui/workers.py defines `ExportWorker(QThread)` (PyQt5.QtCore.QThread) and never starts it.
`MainWindow.export()` here builds one and calls `.start()` on it in the same scope, which
starts a Qt thread: this module has thread evidence, so the
`subprocess.Popen(..., preexec_fn=os.setsid)` in `open_folder()` is reported: FRK004 at line 28.
Reading: "Qt QThread" includes PyQt5.QtCore.QThread.
"""
import os
import subprocess

from gui.workers import ExportWorker


class MainWindow:
    def __init__(self):
        self._workers = []

    def export(self, paths, target_dir):
        worker = ExportWorker(paths, target_dir)
        worker.start()
        self._workers.append(worker)

    def open_folder(self, path):
        return subprocess.Popen(["xdg-open", path], preexec_fn=os.setsid)  # error: FRK004:16
