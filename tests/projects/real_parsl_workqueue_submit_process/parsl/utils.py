"""parsl.utils.Timer: calls a callback periodically from its own thread (used by the DFK)."""
import threading
import time


class Timer:
    def __init__(self, callback, *args, interval=5, name=None):
        self.interval = interval
        self.cb_args = args
        self.callback = callback
        self._wake_up_time = time.time() + 1
        self._kill_event = threading.Event()
        if name is None:
            name = "Timer-Thread-{}".format(id(self))
        self._thread = threading.Thread(target=self._wake_up_timer, args=(self._kill_event,), name=name)
        self._thread.daemon = True
        self._thread.start()

    def _wake_up_timer(self, kill_event):
        while not kill_event.wait(self.interval):
            self.callback(*self.cb_args)

    def close(self):
        self._kill_event.set()
        self._thread.join()
