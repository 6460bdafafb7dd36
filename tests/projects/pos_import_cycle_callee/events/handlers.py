"""Case pos_import_cycle_callee.

rules.md, Across modules > Functions and classes: effects flow along calls "transitively
through further project calls (cycles resolved to a fixpoint)", and "evidence flows to the
callee". events/bus.py and this module import each other. bus.start() starts a thread and calls
replay(), so the raw fork here is FRK003. The call back into bus.publish() starts nothing, and
bus starts nothing on import.
"""
import os

from events import bus


def replay(events):
    for event in events:
        bus.publish(event)
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os._exit(0)
    return pid
