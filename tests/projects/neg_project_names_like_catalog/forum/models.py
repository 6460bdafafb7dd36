"""Forum models: a discussion Thread and a request Timer (a stopwatch). No threading here."""
import dataclasses
import time


@dataclasses.dataclass
class Thread:
    title: str
    posts: list


class Timer:
    """Measures how long building a page takes."""

    def __init__(self):
        self.started = time.monotonic()

    def elapsed(self):
        return time.monotonic() - self.started
