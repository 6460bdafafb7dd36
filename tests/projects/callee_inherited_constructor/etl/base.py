"""Case callee_inherited_constructor (the sink side).

rules.md, Across modules > Functions and classes: a call to a class has the effects of its
`__init__`, also one it inherits from a project class. `Stage.__init__` opens a pool; `Loader`
(loader.py) derives from Stage without a constructor of its own, and runner.py, a module that
starts threads, builds a `Loader()`: it names neither Stage nor `__init__`. The pool is reported
here, where the fix goes.
"""
from concurrent.futures import ProcessPoolExecutor


class Stage:
    def __init__(self):
        self.pool = ProcessPoolExecutor()  # error: FRK001:21
