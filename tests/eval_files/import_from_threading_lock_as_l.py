"""Evidence: `from threading import Lock as L` and a plain module-level L() (rules.md: module-level lock, import spelling)."""
import json
from multiprocessing import Pool
from threading import Lock as L

_write_guard = L()
_CACHE_PATH = "/var/cache/app/state.json"


def save(state: dict) -> None:
    with _write_guard, open(_CACHE_PATH, "w") as fh:
        json.dump(state, fh)


def _validate(record):
    return bool(record)


def validate_all(records):
    with Pool(processes=4) as pool:  # error: FRK001:10
        return all(pool.map(_validate, records))
