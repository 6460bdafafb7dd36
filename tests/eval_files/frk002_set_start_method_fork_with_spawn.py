"""FRK002 + FRK001: set_start_method("fork") (positional and method=) is reported, and default-method sinks are still reported although the module also calls set_start_method("spawn") (rules.md sink table details, bullet 3)."""
import multiprocessing
import sys
import threading

_shutdown = threading.Event()


def configure(legacy: bool) -> None:
    if legacy:
        multiprocessing.set_start_method("fork", force=True)  # error: FRK002:9
    else:
        multiprocessing.set_start_method("spawn", force=True)


def _fixture_fork_mode():
    """Used by the integration tests that rely on inherited globals."""
    multiprocessing.set_start_method(method="fork", force=True)  # error: FRK002:5


def run_jobs(jobs):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(str, jobs)


if __name__ == "__main__":
    configure(legacy="--legacy" in sys.argv)
    print(run_jobs(sys.argv[1:]))
