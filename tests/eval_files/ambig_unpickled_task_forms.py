"""Ambiguous: task forms that are never pickled (thread pools; the iterable given to map).

FRK101 and FRK103 cover "a pool / executor task" and "a task's arguments", because "tasks always
travel pickled".  Readings chosen: (1) only *process* pools pickle their tasks: a lambda or local
function given to a ThreadPoolExecutor, a multiprocessing.pool.ThreadPool or a
multiprocessing.dummy.Pool never leaves the process and is not FRK101 (the version-2 section
says as much: "a thread pool's tasks run in the parent"); (2) the iterable handed to a process
pool's `map` is consumed in the parent and only its items are pickled, so a generator as
`pool.map(f, gen)`'s iterable is not FRK103.  The module has threads, so its process pool uses a
spawn context (no FRK001).
Expected: no finding.
"""
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.dummy import Pool as DummyPool
from multiprocessing.pool import ThreadPool


def parse(line):
    return line.split()


def run(lines):
    def strip(line):
        return line.strip()

    with ThreadPoolExecutor(4) as tp:
        futures = [tp.submit(lambda l=l: parse(l)) for l in lines]
        cleaned = list(tp.map(strip, lines))
    with ThreadPool(2) as tpool:
        lengths = tpool.map(lambda l: len(l), lines)
    with DummyPool(2) as dpool:
        upper = dpool.map(lambda l: l.upper(), lines)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        parsed = pool.map(parse, (l.strip() for l in lines))
    return futures, cleaned, lengths, upper, parsed
