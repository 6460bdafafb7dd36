"""gap6_init_thread_instance_at_import.

Clause: "Import-time threads" -- "a call at import time to a project function that starts
threads", here a project class constructed at module level: registry.py runs
`COLLECTOR = Collector(...)` on import, and Collector.__init__ (collector.py) starts a
threading.Thread. This module imports registry, so it has thread evidence (passed on by
the import) and the default-method multiprocessing.Process in render_all() is FRK001.
"""
import multiprocessing

from shopstats.registry import COLLECTOR


def render_invoice(order_id):
    with open("/tmp/invoice-%d.txt" % order_id, "w") as fh:
        fh.write("invoice %d\n" % order_id)


def render_all(order_ids):
    workers = []
    for order_id in order_ids:
        proc = multiprocessing.Process(target=render_invoice, args=(order_id,))  # error: FRK001:16
        proc.start()
        workers.append(proc)
    for proc in workers:
        proc.join()
    COLLECTOR.count("invoices", len(workers))


if __name__ == "__main__":
    render_all([101, 102, 103])
