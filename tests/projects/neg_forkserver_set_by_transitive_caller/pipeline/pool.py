"""Case neg_forkserver_set_by_transitive_caller (expected: no finding).

rules.md, Across modules > Functions and classes: "a safe `set_start_method("spawn" |
"forkserver")` makes a default-method sink safe when it is in the sink's module, in a module
that (transitively) calls or imports it, or in a program that contains it". pipeline/stage.py
starts a progress thread and calls crunch() (evidence flows here), but pipeline/cli.py calls
stage.process() -> crunch() and sets "forkserver" in main(): the sink is safe. No entry point is
declared, so this is the call link alone. (AMBIGUOUS: stage.py, the threaded direct caller,
sets nothing; the clause is read as written: one transitive caller with a safe method is enough.)
"""
import multiprocessing


def _square(n):
    return n * n


def crunch(items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_square, items)
