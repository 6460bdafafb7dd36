"""Case import_cycle_import_time.

rules.md, Across modules > Import-time threads "directly or through any chain of project
imports" and "cycles resolved to a fixpoint": plugins.loader and plugins.registry import each
other; registry starts a thread on import, so loader has thread evidence.
"""
import multiprocessing

from plugins import registry


def _probe(name):
    return name


def scan(names):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        found = pool.map(_probe, names)
    registry.PLUGINS.update(dict.fromkeys(found))
    return found
