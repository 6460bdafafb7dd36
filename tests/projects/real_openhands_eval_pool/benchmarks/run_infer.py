"""Inference driver: connects the runtime, streams logs, evaluates all instances."""
import sys

from benchmarks.runtime.logs import stream_logs
from benchmarks.runtime.remote import RemoteRuntime
from benchmarks.utils.evaluation import run_evaluation


def main():
    runtime = RemoteRuntime("wss://runtime.example/ws")
    stream_logs("job-22378330981")
    return runtime, run_evaluation(sys.argv[1:])
