"""Case real_loguru_enqueue_fork_context.

Re-creation of https://github.com/Delgan/loguru/issues/1065 ("When the queue is full, a deadlock
occurs": "Deadlock is encountered when child processes are frequently created"; see also
https://github.com/Delgan/loguru/issues/309, enqueue=True and forking workers): loguru's
enqueue=True writer thread runs while the trainer forks its worker pool.

Labels (rules.md): loguru `logger.add(..., enqueue=True)` is a catalog thread starter, reached
through a class: `TrainingSession(...)` runs `__init__` ("a class (its __init__ ...) ... has the
effects of that body, transitively"), which calls applog.setup(). The fork context is
"reported once, at its get_context("fork") call: not again at ctx.Pool()": FRK002 at line of
get_context only. The spawn pool in evaluate() is safe.
"""
import multiprocessing

from trainer.session import TrainingSession


def _epoch(n):
    return n * n


def train(epochs, log_path):
    TrainingSession(log_path)
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(4) as pool:
        return pool.map(_epoch, range(epochs))


def evaluate(epochs):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return pool.map(_epoch, range(epochs))
