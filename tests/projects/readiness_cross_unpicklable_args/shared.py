"""State shared by the workers, bound at module level."""
import threading

LOCK = threading.Lock()
READY = threading.Event()
NUMBERS = (n * n for n in range(3))
handler = lambda item: item  # noqa: E731
LOG = open(__file__)  # noqa: SIM115
