"""Case lock_not_passed_on.

rules.md, Across modules > Import-time threads: "Module-level *locks* of other modules are not
passed on: a lock alone cannot be held by another thread." cache.registry has a module-level
RLock (evidence there, so its os.fork() is reported); this module imports it and calls
register(), which only takes the lock, so the pool below is not reported.
"""
from concurrent.futures import ProcessPoolExecutor

from cache import registry


def _parse(path):
    return path.rsplit("/", 1)[-1]


def load_all(paths):
    for path in paths:
        registry.register(path, None)
    with ProcessPoolExecutor() as executor:
        return list(executor.map(_parse, paths))
