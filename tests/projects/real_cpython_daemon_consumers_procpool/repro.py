"""real_cpython_daemon_consumers_procpool.

Report: https://github.com/python/cpython/issues/139409 ("Deadlocks when mixing ProcessPoolExecutor and daemon threads with `fork` start method")
The reporter's script started a ConsumerThreadManager whose daemon threads print while they drain
a queue.Queue, then ran CPU work on a default-context ProcessPoolExecutor, which deadlocked unless the
threads' prints were removed or output was unbuffered.

Clauses: "Evidence" (`threading.Thread` constructed in ConsumerThreadManager.start(), a method);
"Sinks" default start method (`ProcessPoolExecutor` without mp_context). Expected: FRK001 at the
ProcessPoolExecutor(...) call in main(). The pool task cpu_task() is a module-level function
taking an int, so FRK101/FRK103 do not apply.
"""
import os
import queue
import random
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


class ConsumerThreadManager:
    def __init__(self, num_consumers=3, name="ConsumerThreadManager"):
        self.task_queue = queue.Queue()
        self.num_consumers = num_consumers
        self.consumer_threads = []
        self.name = name

    def start(self):
        print(f"thread name: {self.name} thread num: {self.num_consumers}")
        for i in range(self.num_consumers):
            t = threading.Thread(
                target=self._consumer_worker,
                name=f"{self.name}-Worker-{i}",
                daemon=True,
            )
            t.start()
            self.consumer_threads.append(t)
        print(f"{self.name} is running")

    def _consumer_worker(self):
        thread_name = threading.current_thread().name
        print(f"{thread_name} start to run")
        while True:
            try:
                task = self.task_queue.get(timeout=10)
            except queue.Empty:
                continue
            print(f"{thread_name} handled {task}")
            self.task_queue.task_done()

    def put(self, task):
        self.task_queue.put(task)


def cpu_task(n):
    total = 0
    for i in range(n * 10000):
        total += i % 7
    return os.getpid(), total


def main():
    manager = ConsumerThreadManager(num_consumers=3)
    manager.start()
    for round_no in range(100):
        for _ in range(5):
            manager.put(random.random())
        with ProcessPoolExecutor(max_workers=4) as executor:  # error: FRK001:14
            futures = [executor.submit(cpu_task, i) for i in range(8)]
            for future in as_completed(futures):
                pid, total = future.result()
                print(f"round {round_no}: {pid} -> {total}")
        time.sleep(0.01)


if __name__ == "__main__":
    main()
