"""Endpoint poller; the dataclass starts its polling thread in __post_init__."""
import threading
from dataclasses import dataclass, field


@dataclass
class Poller:
    url: str
    interval: float = 5.0
    _thread: threading.Thread = field(init=False, repr=False, default=None)

    def __post_init__(self):
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self):
        return None
