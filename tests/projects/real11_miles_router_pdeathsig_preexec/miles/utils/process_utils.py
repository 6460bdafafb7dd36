"""real11_miles_router_pdeathsig_preexec

Re-creates the review finding on https://github.com/radixark/miles/pull/1976
("Launch the sgl and miles routers as command-line subprocesses"):
launch_bound_subprocess() passes a Python preexec_fn (prctl PR_SET_PDEATHSIG) to
Popen, and it is called from the router manager after the tracking threads
started, so the child can deadlock before exec and Popen never returns.

Clause: pre-exec hook sink (preexec_fn not None) + "Functions and classes",
evidence flows to the callee: miles/ray/router_manager.py, a module that starts
threads (threading.Thread), calls launch_bound_subprocess().
Expected: FRK004 at subprocess.Popen(...) in launch_bound_subprocess().
"""
import ctypes
import os
import signal
import subprocess

_PR_SET_PDEATHSIG = 1


def _set_pdeathsig():
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def launch_bound_subprocess(argv, envs):
    env = dict(os.environ)
    env.update(envs)
    return subprocess.Popen(argv, env=env, preexec_fn=_set_pdeathsig)  # error: FRK004:12
