"""Case real_prometheus_mp_children.

Re-creation of https://github.com/prometheus/client_python/issues/431 ("Multiprocessing with
multithreading"): the main process serves Prometheus metrics from a thread and forks child
processes; a lock held by the metrics thread at fork time stays locked in the child.

Labels (rules.md): `prometheus_client.start_http_server` is in the catalog ("Library thread
starters"). run() calls metrics.expose(), whose body calls it: "threads flow to the caller: if
the body starts threads, the calling module has thread evidence". The default-start-method
`multiprocessing.Process` is FRK001. agent/healthcheck.py imports agent.metrics but never calls
expose() (and metrics starts nothing on import): no finding there.
"""
import multiprocessing

from agent import metrics


def _scrape(target):
    return target


def run(targets, port=9100):
    metrics.expose(port)
    procs = [multiprocessing.Process(target=_scrape, args=(t,)) for t in targets]  # error: FRK001:14
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return len(procs)
