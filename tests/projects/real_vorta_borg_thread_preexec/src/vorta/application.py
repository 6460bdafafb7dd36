"""The Qt application object; it owns the backup scheduler."""
from PyQt5.QtWidgets import QApplication

from vorta.scheduler import VortaScheduler


class VortaApp(QApplication):
    def __init__(self, args_raw):
        super().__init__(args_raw)
        self.scheduler = VortaScheduler(self)

    def create_backup_action(self, profile):
        self.scheduler.create_backup(profile)
