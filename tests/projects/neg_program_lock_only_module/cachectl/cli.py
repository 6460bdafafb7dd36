"""neg_program_lock_only_module.

Clause: Import-time threads, "Module-level *locks* of other modules are not passed on: a lock
alone cannot be held by another thread", inside a [project.scripts] program (reading 2: locks
are never passed on, also by the program rule, which speaks of "a thread started anywhere").
Program cachectl = {cli, registry, warm}: registry.py makes an RLock and an Event at import
time, no module starts a thread. Expected: no finding (warm.py's executor and fork included).
"""
import sys

from cachectl import registry, warm


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    registry.register("argv", argv)
    print(warm.prefetch(argv or ["alpha", "beta"]))
    if "--daemon" in argv:
        warm.detach()
    return registry.snapshot()


if __name__ == "__main__":
    main()
