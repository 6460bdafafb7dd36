"""v4_kw_unknown_kwargs: ``**kwargs`` the checker cannot read: "Unknown is not unsafe".

rules.md, Corrections (version 2): only "a dict display or dict(...) call it can read" lets the
checker see whether ``mp_context`` is missing or ``preexec_fn`` is present. A ``**`` parameter,
an attribute, a function's result, ``dict(**overrides)`` and ``opts or {}`` are unknown: not
sinks. An explicit ``preexec_fn=`` keyword next to unknown ``**kwargs`` is still a sink.
Evidence: ``socketserver.ThreadingTCPServer``. Expected: one FRK004.
"""
import json
import signal
import socketserver
import subprocess
from concurrent.futures import ProcessPoolExecutor


class _Echo(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


def control_server(port):
    return socketserver.ThreadingTCPServer(("127.0.0.1", port), _Echo)


def _reset_signals():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _load_options(path):
    with open(path) as fh:
        return json.load(fh)


def spawn(argv, **popen_kwargs):
    return subprocess.Popen(argv, **popen_kwargs)


def spawn_with_hook(argv, **popen_kwargs):
    return subprocess.Popen(argv, preexec_fn=_reset_signals, **popen_kwargs)  # error: FRK004:12


def executor(settings):
    return ProcessPoolExecutor(**settings.executor_options)


def executor_loaded(path):
    opts = _load_options(path)
    return ProcessPoolExecutor(**opts)


def rerun(argv, overrides):
    opts = dict(**overrides)
    return subprocess.check_call(argv, **opts)


def executor_param(opts=None):
    opts = opts or {}
    return ProcessPoolExecutor(**opts)
