"""Case pos_relative_parent_and_sibling.

rules.md, Across modules > The project and its modules: names resolve "as Python's import
system would resolve it (packages, `__init__.py`, relative imports, `from pkg import
submodule`)". `from ..net.keepalive import start_keepalive` (a parent-relative import, src/
layout) is called here: threads flow to the caller, so this module's Pool is FRK001.
`from . import atom` then `atom.normalise()` is a call to a project function: evidence flows to
the callee, so atom.py's ProcessPoolExecutor is FRK001 too (AMBIGUOUS: rss's evidence is itself
passed on by a call; read as a module's evidence "of any kind"). html.py only imports
start_keepalive and never calls it: no finding.
"""
import multiprocessing

from . import atom
from ..net.keepalive import start_keepalive


def _parse(entry):
    return entry


def harvest(feeds):
    start_keepalive()
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        items = pool.map(_parse, feeds)
    return atom.normalise(items)
