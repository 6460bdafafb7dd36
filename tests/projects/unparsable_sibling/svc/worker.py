"""Case unparsable_sibling.

rules.md, Never: "an unreadable, undecodable or unparsable *other* module is treated as a module
with no effects, never as an error in the checked file". svc/broken.py does not parse; this
module imports it and svc.tracing (thread on import) and is still checked normally.
svc/report.py imports only the broken module and calls into it: no evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from svc import broken, tracing  # noqa: F401


def _work(item):
    return item


def run(items):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_work, items))
