"""real11_spectator_registry_timer_service_fork

Re-creates https://github.com/Netflix/spectator-py/pull/37 ("Improve fork()
handling"): the registry publishes from a threading.Timer, and a service that
forks its workers while the timer thread logs can deadlock the children
(the PR stops the timer before the fork with os.register_at_fork; the fork
itself stays where it was).

Clause: "Functions and classes": a method resolved through an attribute,
`self.registry.start()` where `self.registry = Registry()` is assigned in
__init__, has the effects of Registry.start (which calls self._schedule(), which
builds a threading.Timer in spectator/registry.py): threads flow to this module.
Expected: FRK003 at os.fork() in fork_workers().
"""
import os

from spectator.registry import Registry


class Service:
    def __init__(self, workers):
        self.workers = workers
        self.registry = Registry()

    def handle(self, worker_id):
        self.registry.counter("server.numRequests")[0] += 1

    def fork_workers(self):
        pids = []
        for worker_id in range(self.workers):
            pid = os.fork()  # error: FRK003:19
            if pid == 0:
                self.handle(worker_id)
                os._exit(0)
            pids.append(pid)
        return pids

    def run(self):
        self.registry.start()
        for pid in self.fork_workers():
            os.waitpid(pid, 0)


def main():
    Service(workers=4).run()


if __name__ == "__main__":
    main()
