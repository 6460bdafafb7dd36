"""Case real_grpc_channel_subprocess_preexec.

Re-creation of https://github.com/grpc/grpc/issues/13998 ("gRPC poll segfault in subprocess
calls"; see also https://github.com/grpc/grpc/issues/12455): a process that has opened a gRPC
channel (which runs gRPC's threads) forks a subprocess; the fork runs while gRPC threads hold
their locks, and a `preexec_fn` runs Python code in the forked child before exec.

Labels (rules.md): `grpc.insecure_channel` is a catalog thread starter, called at import time
in src/inventory/rpc.py ("Import-time threads ... a module that imports it ... has thread
evidence"). `subprocess.check_output(..., preexec_fn=_detach)` is FRK004 ("with the keyword
preexec_fn= anything but None"). src/ is a source root ("src/ beside it").
"""
import os
import subprocess

from inventory import rpc


def _detach():
    os.setsid()


def dump(path):
    rpc.ping()
    return subprocess.check_output(["pg_dump", "-f", path], preexec_fn=_detach)  # error: FRK004:12
