"""The gateway: one event loop plus ~118 threads (executor pool, watchdog, channel clients)."""
import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from kiro_crew.dashboard.handlers import build_dashboard
from kiro_crew.kiro_prerequisite import KiroPrerequisiteService

logger = logging.getLogger(__name__)


class Gateway:
    def __init__(self, config):
        self.config = config
        self._prereq = KiroPrerequisiteService(config.get("kiro_cli", "kiro-cli"))
        self._heartbeat = time.monotonic()

    def _watch_loop(self):
        while True:
            time.sleep(5)
            if time.monotonic() - self._heartbeat > 25:
                logger.error("event loop stalled for more than 25s")

    async def _tick(self):
        while True:
            self._heartbeat = time.monotonic()
            await asyncio.sleep(1)

    async def _startup(self):
        # readiness is probed at gateway start, then only on explicit request
        await self._prereq.snapshot(refresh=True)

    def run(self):
        threading.Thread(target=self._watch_loop, name="loop-stall-watchdog", daemon=True).start()
        loop = asyncio.new_event_loop()
        loop.set_default_executor(ThreadPoolExecutor(max_workers=64))
        loop.run_until_complete(self._startup())
        self.app = build_dashboard(self._prereq)
        loop.create_task(self._tick())
        loop.run_forever()
