"""Case project_module_shadows_stdlib.

rules.md, Across modules > The project and its modules: a name is a project module when it
resolves under a source root "as Python's import system would resolve it ..., the roots
searched before the standard library as sys.path[0] is". `import sched` therefore means
src/sched.py (src/ is this file's root: a file in no package), which starts a thread on import.
Contrast local_threading_module: catalog modules such as threading are never shadowed.
"""
import sched
from concurrent.futures import ProcessPoolExecutor


def _plan(day):
    return day


def plan_week(days):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return sched.__name__, list(pool.map(_plan, days))
