"""v7_default_context_variants: every spelling of the default context.

Clause: Sinks, default start method -- "calls on a context from multiprocessing.get_context() /
get_context(None)"; "a context bound to a name follows that name: _CTX = mp.get_context() at
module level makes every _CTX.Pool() / _CTX.Process() / _CTX.Manager() a default-method sink";
ProcessPoolExecutor "with mp_context=None, or with a default context (mp_context=get_context():
one finding, at the ProcessPoolExecutor call)". Evidence: threading.Timer in watch().
Expected: FRK001 at _CTX.Manager() (make_board), _CTX.Process(...) (launch), both
ProcessPoolExecutor(...) calls (parse_all, score_all) and mp.get_context().Pool(2) (reduce_all).
"""
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor

_CTX = mp.get_context(None)
_WATCHERS = []


def _parse(line):
    return line.split(",")


def _score(row):
    return len(row)


def watch(callback, interval):
    timer = threading.Timer(interval, callback)
    timer.daemon = True
    _WATCHERS.append(timer)
    timer.start()


def make_board():
    return _CTX.Manager()  # error: FRK001:12


def launch(job):
    proc = _CTX.Process(target=_parse, args=(job,))  # error: FRK001:12
    proc.start()
    return proc


def parse_all(lines):
    with ProcessPoolExecutor(mp_context=mp.get_context()) as ex:  # error: FRK001:10
        return list(ex.map(_parse, lines))


def score_all(rows):
    with ProcessPoolExecutor(max_workers=2, mp_context=None) as ex:  # error: FRK001:10
        return list(ex.map(_score, rows))


def reduce_all(rows):
    with mp.get_context().Pool(2) as pool:  # error: FRK001:10
        return sum(pool.map(_score, rows))
