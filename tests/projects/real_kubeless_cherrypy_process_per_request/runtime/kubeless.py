"""Case real_kubeless_cherrypy_process_per_request (out of contract): server threads, then fork.

Report: https://github.com/vmware-archive/runtimes/issues/94 ("Python runtime
deadlock due to logging + multithreading + fork"): requests are logged to
``sys.stdout`` by wsgi-request-logger from CherryPy's worker threads, and each
request runs the user function in a ``multiprocessing.Process`` (fork). "If a
new Process is forked at exactly the same time as the sys.stdout lock being
held in one of the threads of the main process", the child deadlocks in
``_flush_std_streams``.

Why rules.md does not report it: the sink is there (``multiprocessing.Process``,
default start method), but the module has no thread evidence. The threads are
CherryPy's request pool, started by ``bottle.run(..., server="cherrypy")``;
neither bottle nor CherryPy is in the catalog (docs/libraries.md), and
prometheus_client is used only for ``Histogram``/``Counter``/``generate_latest``,
not ``start_http_server``/``start_wsgi_server``. "A sink in a module without
thread evidence is never reported." No program links another threaded module.

Expected: no findings (``--forksafe-extra-thread-starters = bottle.run`` would
make the Process an FRK001).
"""

import os
from multiprocessing import Process, Queue

import bottle
import prometheus_client as prom

from runtime.loader import load_function

func = load_function()
func_port = int(os.getenv("FUNC_PORT", "8080"))
timeout = float(os.getenv("FUNC_TIMEOUT", "180"))

app = application = bottle.app()

func_hist = prom.Histogram("function_duration_seconds", "Duration of user function in seconds", ["method"])
func_calls = prom.Counter("function_calls_total", "Number of calls to user function", ["method"])
func_errors = prom.Counter("function_failures_total", "Number of exceptions in user function", ["method"])

function_context = {
    "function-name": os.getenv("FUNC_HANDLER", "handler"),
    "timeout": timeout,
    "runtime": os.getenv("FUNC_RUNTIME"),
    "memory-limit": os.getenv("FUNC_MEMORY_LIMIT"),
}


def funcWrap(q, event, c):
    try:
        q.put(func(event, c))
    except Exception as inst:  # noqa: BLE001
        q.put(inst)


@app.get("/healthz")
def healthz():
    return "OK"


@app.get("/metrics")
def metrics():
    bottle.response.content_type = prom.CONTENT_TYPE_LATEST
    return prom.generate_latest(prom.REGISTRY)


@app.route("/<:re:.*>", method=["GET", "POST", "PATCH", "DELETE"])
def handler():
    req = bottle.request
    data = req.body.read()
    if req.get_header("content-type") == "application/json":
        data = req.json
    event = {
        "data": data,
        "event-id": req.get_header("event-id"),
        "event-type": req.get_header("event-type"),
    }
    method = req.method
    func_calls.labels(method).inc()
    with func_errors.labels(method).count_exceptions():
        with func_hist.labels(method).time():
            q = Queue()
            p = Process(target=funcWrap, args=(q, event, function_context))  # hazard (not in the contract)
            p.start()
            p.join(timeout)
            if p.is_alive():
                p.terminate()
                p.join()
                return bottle.HTTPError(408, "Timeout while processing the function")
            res = q.get()
            if isinstance(res, Exception):
                raise res
            return res


if __name__ == "__main__":
    import logging
    import sys

    import requestlogger

    loggedapp = requestlogger.WSGILogger(
        app, [logging.StreamHandler(stream=sys.stdout)], requestlogger.ApacheFormatter()
    )
    bottle.run(loggedapp, server="cherrypy", host="0.0.0.0", port=func_port)
