"""Counters, plus a debug dump thread that nothing in the project starts yet."""
import threading

_COUNTS = {}


def count(key, n=1):
    _COUNTS[key] = _COUNTS.get(key, 0) + n


def _debug_dump_loop():
    return dict(_COUNTS)


def start_debug_dump():
    threading.Thread(target=_debug_dump_loop, daemon=True).start()
