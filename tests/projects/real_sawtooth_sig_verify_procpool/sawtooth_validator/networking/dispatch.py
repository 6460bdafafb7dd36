"""Dispatcher: a thread pulls incoming messages and submits each handler to its executor."""
import logging
import queue
import threading

LOGGER = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self):
        self._msg_type_handlers = {}
        self._in_queue = queue.Queue()
        self._dispatch_thread = None

    def add_handler(self, message_type, handler, executor):
        self._msg_type_handlers.setdefault(message_type, []).append((handler, executor))

    def dispatch(self, connection_id, message_type, content):
        self._in_queue.put_nowait((connection_id, message_type, content))

    def _dispatch_message(self):
        while True:
            connection_id, message_type, content = self._in_queue.get()
            LOGGER.debug("dispatching message type %s from %s", message_type, connection_id)
            for handler, executor in self._msg_type_handlers.get(message_type, []):
                executor.submit(handler.handle, connection_id, content)

    def start(self):
        self._dispatch_thread = threading.Thread(target=self._dispatch_message, daemon=True)
        self._dispatch_thread.start()
