"""Case neg_locks_only_across_modules (expected: no finding).

rules.md, Across modules > Import-time threads: "Module-level *locks* of other modules are not
passed on: a lock alone cannot be held by another thread." build.py imports catalog.cache
(module-level RLock and Event) and calls cache.put()/snapshot(), whose bodies take the lock but
start no thread ("threads flow to the caller: if the body starts threads"). The parameter
annotated `Registry` names a class whose construction creates a lock in `__init__` (not
module-level, and no thread): "a project class whose construction starts threads" does not
apply. build.py has no evidence, so its default Pool is not reported.
"""
import multiprocessing

from catalog import cache
from catalog.registry import Registry


def _index(item):
    return item


def rebuild(items, registry: Registry):
    for item in items:
        cache.put(item, True)
        registry.add(item)
    with multiprocessing.Pool(2) as pool:
        return pool.map(_index, sorted(cache.snapshot()))
