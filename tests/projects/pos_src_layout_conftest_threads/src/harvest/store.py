"""Storage; imported by the tests, which only open the database (no finding here)."""
from concurrent.futures import ProcessPoolExecutor


def open_db(path=":memory:"):
    return {"path": path, "rows": []}


def shrink(segment):
    return segment[:1]


def compact(segments):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(shrink, segments))
