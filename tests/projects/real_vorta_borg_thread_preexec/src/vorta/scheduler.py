"""Timed backups: prepare the borg command, start a BorgCreateThread (a QThread), wait for it."""
import logging

from vorta.borg.create import BorgCreateThread

logger = logging.getLogger(__name__)


class VortaScheduler:
    def __init__(self, parent):
        self.parent = parent
        self.timers = {}

    def create_backup(self, profile):
        msg = BorgCreateThread.prepare(profile)
        if not msg["ok"]:
            logger.error("Conditions for backup not met: %s", msg.get("message"))
            return None
        thread = BorgCreateThread(msg["cmd"], msg)
        thread.start()
        thread.wait()
        return msg
