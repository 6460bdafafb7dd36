"""https://github.com/borgbase/vorta/issues/187 (fix: https://github.com/borgbase/vorta/pull/194)

Borg backups never started: BorgThread.run() (a QThread) called Popen(..., preexec_fn=os.setsid)
in the multi-threaded Qt app; the forked child hung before exec (borg_thread.py:146 in the report).

rules.md: pre-exec hook sink, "Popen ... with the keyword preexec_fn= anything but None" (FRK004).
This module starts no thread itself: BorgThread subclasses QtCore.QThread but is started elsewhere.
The evidence comes from "Programs (entry points)": vorta/__main__.py is an entry point ("__main__.py
files of project packages"); it imports application -> scheduler -> borg.create -> borg.borg_thread,
and scheduler.py starts a BorgCreateThread, "a project class that subclasses a catalog class"
(Qt QThread, .start()), so "a thread started anywhere" in the program is evidence here.
Reading: the QThread subclass chain (BorgCreateThread -> BorgThread -> QThread) spans two modules.
"""
import logging
import os
import shutil
from subprocess import PIPE, Popen

from PyQt5 import QtCore

mutex = QtCore.QMutex()
logger = logging.getLogger(__name__)


class BorgThread(QtCore.QThread):
    updated = QtCore.pyqtSignal(str)
    result = QtCore.pyqtSignal(dict)

    def __init__(self, cmd, params, parent=None):
        super().__init__(parent)
        cmd[0] = self.prepare_bin()
        env = os.environ.copy()
        env["BORG_HOSTNAME_IS_UNIQUE"] = "1"
        env["BORG_RELOCATED_REPO_ACCESS_IS_OK"] = "1"
        self.env = env
        self.cmd = cmd
        self.cwd = params.get("cwd", None)
        self.params = params
        self.process = None

    @classmethod
    def prepare_bin(cls):
        return shutil.which("borg")

    def run(self):
        self.updated.emit("Task started")
        mutex.lock()
        logger.info("Running command %s", " ".join(self.cmd))
        p = Popen(self.cmd, stdout=PIPE, stderr=PIPE, bufsize=1, universal_newlines=True,  # error: FRK004:13
                  env=self.env, cwd=self.cwd, preexec_fn=os.setsid)
        self.process = p
        stdout, stderr = p.communicate()
        self.result.emit({"params": self.params, "returncode": p.returncode, "data": stdout})
        mutex.unlock()

    def cancel(self):
        if self.isRunning():
            mutex.unlock()
            self.terminate()
