"""Retry with back-off: requeue() schedules a Timer and ticks the scheduler."""
import threading

from jobs import scheduler


def requeue(job, delay=2.0):
    timer = threading.Timer(delay, scheduler.PENDING.append, args=(job,))
    timer.start()
    scheduler.tick()
