"""gap6_main_guard_thread_non_entry_neg.

Clause: "Import-time threads" -- "not code under `if __name__ == "__main__":`, which does
not run on import"; "Programs": the three kinds of entry point (a main guard is none of
them). traffic.py starts its threads only under its own main guard; that is its own
evidence, not passed on. This module imports traffic and calls build_payload() (no
threads), so its ProcessPoolExecutor has no evidence: no finding. The project has no
`[project.scripts]` and no `__main__.py`, so there is no program.
"""
from concurrent.futures import ProcessPoolExecutor

from loadtest import traffic


def payload_size(n):
    return len(traffic.build_payload(n))


def run(count):
    with ProcessPoolExecutor() as pool:
        sizes = list(pool.map(payload_size, range(count)))
    print("mean payload", sum(sizes) / len(sizes))


if __name__ == "__main__":
    run(10000)
