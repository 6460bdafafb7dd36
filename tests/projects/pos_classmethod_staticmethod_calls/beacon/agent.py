"""pos_classmethod_staticmethod_calls.

Clause: Across modules > Functions and classes, "a method resolved through the project ...
has the effects of that body", "threads flow to the caller" and "evidence flows to the
callee", here through `Class.classmethod()` and `Class.staticmethod()` calls on imported
project classes.

- agent.py calls Heartbeat.start_default() (a classmethod that starts a thread): FRK001 at its
  ProcessPoolExecutor.
- tools.py: Shell.detach() (a staticmethod) is called by watch.py, which starts a thread: FRK004
  there. Shell.run_quiet() is called only by install.py (no threads): no finding.
- status.py calls only Heartbeat.describe() (a staticmethod without threads): no finding.
"""
from concurrent.futures import ProcessPoolExecutor

from beacon.heartbeat import Heartbeat


def checksum(path):
    return len(path)


def main(paths):
    Heartbeat.start_default()
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(checksum, paths))


if __name__ == "__main__":
    main(["a", "b"])
