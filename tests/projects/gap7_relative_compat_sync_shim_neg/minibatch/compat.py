"""Stand-in for threading.Thread on builds without threads (WASI, Emscripten).

The packaging step installs this module only for those targets; it runs the target inline.
"""


class Thread:
    def __init__(self, target=None, args=(), kwargs=None, name=None, daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self.name = name or "inline"
        self.daemon = bool(daemon)

    def start(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        return None

    def is_alive(self):
        return False
