"""v7_trap_process_target_chain_threads: threads only in what a Process target calls.

Clause: v2 correction -- "a function (or what it calls) that the project uses only as
Process(target=f) ... runs in the child. Its threads are evidence for forks made inside that
child only, never for the parent". _child_main() calls _start_pinger(), which starts a Thread;
neither is called in the parent, and the child forks nothing.
Expected: no finding at multiprocessing.Process(...) in start_child().
"""
import multiprocessing
import socket
import threading
import time


def _ping(host, port):
    while True:
        with socket.create_connection((host, port), timeout=2):
            pass
        time.sleep(5)


def _start_pinger(host, port):
    pinger = threading.Thread(target=_ping, args=(host, port), daemon=True)
    pinger.start()
    return pinger


def _child_main(host, port, jobs):
    _start_pinger(host, port)
    for job in jobs:
        print("child handling", job)


def start_child(host, port, jobs):
    proc = multiprocessing.Process(target=_child_main, args=(host, port, jobs))
    proc.start()
    return proc


if __name__ == "__main__":
    start_child("127.0.0.1", 9000, ["a", "b"]).join()
