"""Control socket server: runs in the arbiter, asyncio event loop in a background thread (25.1.0)."""
import asyncio
import os
import threading


class ControlSocketServer:
    def __init__(self, arbiter, socket_path, socket_mode=0o600):
        self.arbiter = arbiter
        self.socket_path = socket_path
        self.socket_mode = socket_mode
        self._server = None
        self._loop = None
        self._thread = None
        self._running = False

    def start(self):
        """Start server in background thread with asyncio event loop."""
        if self._running:
            return
        self._running = True
        self._thread = threading.Thread(target=self._run_loop, daemon=True)
        self._thread.start()

    def stop(self):
        if not self._running:
            return
        self._running = False
        if self._loop and self._server:
            self._loop.call_soon_threadsafe(self._server.close)
        if self._thread:
            self._thread.join(timeout=2.0)
            self._thread = None

    def _run_loop(self):
        try:
            asyncio.run(self._serve())
        except Exception as e:
            if self._running:
                self.arbiter.log.error("Control server error: %s", e)

    async def _serve(self):
        self._loop = asyncio.get_running_loop()
        if os.path.exists(self.socket_path):
            os.unlink(self.socket_path)
        self._server = await asyncio.start_unix_server(self._handle_client, path=self.socket_path)
        os.chmod(self.socket_path, self.socket_mode)
        self.arbiter.log.info("Control socket listening at %s", self.socket_path)
        async with self._server:
            await self._server.serve_forever()

    async def _handle_client(self, reader, writer):
        line = await reader.readline()
        self.arbiter.log.debug("control command %r", line)
        writer.close()
