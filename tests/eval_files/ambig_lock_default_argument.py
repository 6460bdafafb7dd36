"""AMBIGUOUS (see README): the only evidence is threading.Lock() in a default argument of a module-level function. rules.md's test is "runs when the module is imported"; its list names decorator arguments but not defaults. Labelled as evidence."""
import multiprocessing
import threading


def append_line(path: str, line: str, _lock=threading.Lock()) -> None:
    with _lock, open(path, "a") as fh:
        fh.write(line + "\n")


def _line_count(path: str) -> int:
    with open(path) as fh:
        return sum(1 for _ in fh)


def count_all(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return dict(zip(paths, pool.map(_line_count, paths)))
