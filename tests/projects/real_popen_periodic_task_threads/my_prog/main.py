"""my_prog.py: one process, one thread per periodic task."""
import logging
import threading
import time

from my_prog.tasks import lldp

TASKS = {"get-lldp-ip": (lldp.get_lldp_ip, 30)}


def _periodic(name, func, interval):
    while True:
        try:
            func()
        except Exception:
            logging.exception("task %s failed", name)
        time.sleep(interval)


def main():
    threads = []
    for name, (func, interval) in TASKS.items():
        t = threading.Thread(target=_periodic, args=(name, func, interval), name="Thread-" + name, daemon=True)
        t.start()
        threads.append(t)
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
