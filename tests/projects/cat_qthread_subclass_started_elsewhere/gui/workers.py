"""Background workers for the export dialog."""
import shutil

from PyQt5.QtCore import QThread


class ExportWorker(QThread):
    def __init__(self, paths, target_dir):
        super().__init__()
        self.paths = list(paths)
        self.target_dir = target_dir

    def run(self):
        for path in self.paths:
            shutil.copy2(path, self.target_dir)
