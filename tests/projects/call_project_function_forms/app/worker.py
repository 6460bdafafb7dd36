"""Case call_project_function_forms (from-import form).

rules.md, Across modules > Functions and classes > threads flow to the caller: calling a
project function that starts threads gives the calling module thread evidence. Here the
function is bound by `from app.heartbeat import start_heartbeat`; scheduler.py uses the
module-attribute form, reporter.py an alias, quiet.py imports but never calls.
"""
from concurrent.futures import ProcessPoolExecutor

from app.heartbeat import start_heartbeat


def _crunch_one(batch):
    return sum(batch)


def run():
    start_heartbeat()


def crunch(batches):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_crunch_one, batches))
