"""real_buildstream_casd_process_group_kwargs: the partly fixed preexec_fn in BuildStream's casd launcher.

Report: https://github.com/apache/buildstream/pull/1980
("casdprocessmanager.py: Don't use `preexec_fn` on Python 3.11+").

What was reported: BuildStream starts buildbox-casd in its own process group so that SIGINT does
not reach it, and used `preexec_fn=os.setpgrp`. The PR says "The use of preexec_fn is not
generally safe when using multiple threads": the frontend talks to casd over gRPC channels
(threads in grpc-core) and runs a scheduler with job threads. The landed fix passes
`process_group=0` on Python 3.11+, and keeps `preexec_fn=os.setpgrp` for older Pythons, both
through `**process_group_kwargs`.

Clauses: evidence: catalog `grpc.insecure_channel` (call) in _establish_connection(), anywhere in
the module; `self._lock = threading.Lock()` inside __init__ is not evidence. Pre-exec hook and
Corrections v2 `**kwargs`: "Popen(cmd, **opts) is not an FRK004 sink unless it can see opts holds
preexec_fn (a dict display or dict(...) call it can read)".

AMBIGUOUS (reading chosen): `process_group_kwargs` is bound to two dict displays in an if/else on
sys.version_info; one of them holds `preexec_fn=os.setpgrp`. The checker does not evaluate the
version test, and the default target is Python 3.9, on which the `else` branch is the one that
runs. So the checker can see that the kwargs may hold preexec_fn: FRK004 at the Popen. (If only
unconditional bindings counted, there would be no finding.)

Expected: one finding, FRK004 at the Popen call (src/buildstream/_cas/casdprocessmanager.py:60).
"""
import os
import subprocess
import sys
import threading
import time

import grpc

_CASD_TIMEOUT = 300


class CASDProcessManager:
    def __init__(self, path, log_dir, log_level, cache_quota=None):
        os.makedirs(path, exist_ok=True)
        self._log_dir = log_dir
        self._socket_path = os.path.join(path, "casd.sock")
        self._connection_string = "unix:" + self._socket_path

        casd_args = ["buildbox-casd", "--bind=" + self._connection_string, "--log-level=" + log_level]
        if cache_quota is not None:
            casd_args.append("--quota-high={}".format(int(cache_quota)))
        casd_args.append(path)

        self._start_time = time.time()
        self._logfile = os.path.join(log_dir, "casd-{}.log".format(int(self._start_time)))

        # Create a new process group for buildbox-casd such that SIGINT won't reach it.
        if sys.version_info >= (3, 11):
            process_group_kwargs = {"process_group": 0}
        else:
            process_group_kwargs = {"preexec_fn": os.setpgrp}

        with open(self._logfile, "w", encoding="utf-8") as logfile_fp:
            # The frontend will take care of terminating buildbox-casd.
            self.process = subprocess.Popen(  # error: FRK004:28
                casd_args,
                cwd=path,
                stdout=logfile_fp,
                stderr=subprocess.STDOUT,
                **process_group_kwargs
            )

        self._casd_channel = None
        self._shutdown_requested = False
        self._lock = threading.Lock()

    def _establish_connection(self):
        with self._lock:
            if self._casd_channel is not None:
                return
            while not os.path.exists(self._socket_path):
                if time.time() > self._start_time + _CASD_TIMEOUT:
                    raise RuntimeError("Timed out waiting for buildbox-casd to become ready")
                time.sleep(0.01)
            self._casd_channel = grpc.insecure_channel(self._connection_string)

    def get_channel(self):
        if self._casd_channel is None:
            self._establish_connection()
        return self._casd_channel

    def release_resources(self):
        self._shutdown_requested = True
        if self._casd_channel is not None:
            self._casd_channel.close()
        self.process.terminate()
        self.process.wait()
