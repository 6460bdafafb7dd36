"""real11_qubes_restore_extract_worker_process

Re-creates https://github.com/QubesOS/qubes-core-admin-client/pull/72
("backup: avoid deadlock on logging during restore"): restore runs threads and
also starts the ExtractWorker3 process (a multiprocessing.Process subclass);
when a thread holds a logging lock at the fork, the extractor deadlocks on its
first log call.

Clause: sink "constructing a local subclass of multiprocessing.Process" +
"Functions and classes": BackupRestore.__init__ builds ProgressReporter, a
project class whose __init__ starts a threading.Thread
(qubesadmin/backup/progress.py), so threads flow to this module.
Expected: FRK001 at ExtractWorker3(...) in _start_extract(); super().__init__()
in the subclass is not a construction.
"""
import logging
import multiprocessing
from multiprocessing import Process

from qubesadmin.backup.progress import ProgressReporter


class ExtractWorker3(Process):
    """Process for handling inner tar layer of backup archive."""

    def __init__(self, queue, base_dir, passphrase, encrypted):
        super().__init__()
        self.queue = queue
        self.base_dir = base_dir
        self.passphrase = passphrase
        self.encrypted = encrypted

    def run(self):
        log = logging.getLogger("qubesadmin.backup.extract")
        while True:
            filename = self.queue.get()
            if filename is None:
                break
            log.debug("extracting %s into %s", filename, self.base_dir)


class BackupRestore:
    def __init__(self, backup_location, passphrase):
        self.backup_location = backup_location
        self.passphrase = passphrase
        self.log = logging.getLogger("qubesadmin.backup")
        self.progress = ProgressReporter(self._report_progress)

    def _report_progress(self, done):
        self.log.info("restored %d bytes", done)

    def _start_extract(self, queue):
        extractor = ExtractWorker3(queue, "/var/tmp/restore", self.passphrase, True)  # error: FRK001:21
        extractor.start()
        return extractor

    def restore_do(self, filenames):
        queue = multiprocessing.Queue()
        extractor = self._start_extract(queue)
        for name in filenames:
            queue.put(name)
        queue.put(None)
        extractor.join()
        self.progress.stop()
