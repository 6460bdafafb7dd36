"""real_duct_start_new_session: the FIXED version of a reported preexec_fn-with-threads hazard.

Report: https://github.com/con/duct/pull/155
("Do not use setsid directly, use dedicated start_new_session").

What was reported: duct wraps a command, streams its output through TailPipe threads and samples
it from a monitoring thread. It started the command with
`subprocess.Popen(cmd, ..., preexec_fn=os.setsid)` after the TailPipe threads were already
running. The maintainer quoted the subprocess docs ("The preexec_fn parameter is not safe to use
in the presence of threads in your application. The child process could deadlock before exec is
called") and replaced it with `start_new_session=True`, which makes the same setsid() call in C
between fork and exec, with no Python code in the child (commit c9cf72b).

Clauses: "pre-exec hook ... with the keyword preexec_fn= anything but None": the fixed call has no
preexec_fn, so it is no sink, although this module has thread evidence (threading.Thread, and a
call to prepare_outputs(), which starts TailPipe threads in con_duct/_output.py) and is the entry
point of program `duct`.

Expected: no finding. Before the fix, the Popen line below was FRK004.
"""
import argparse
import logging
import os
import subprocess
import sys
import threading
import time
from typing import List

from con_duct import _output

lgr = logging.getLogger("con-duct")


def monitor_process(pid: int, sample_interval: float, stop_event: threading.Event) -> None:
    while not stop_event.wait(timeout=sample_interval):
        lgr.debug("sampling session of pid %d", pid)


def execute(command: str, command_args: List[str], prefix: str, capture: bool) -> int:
    stdout, stderr = _output.prepare_outputs(prefix + "stdout", prefix + "stderr", capture)
    stdout_file = open(stdout.file_path, "wb") if isinstance(stdout, _output.TailPipe) else stdout
    stderr_file = open(stderr.file_path, "wb") if isinstance(stderr, _output.TailPipe) else stderr

    try:
        process = subprocess.Popen(
            [command] + command_args,
            stdout=stdout_file,
            stderr=stderr_file,
            start_new_session=True,
        )
    except FileNotFoundError:
        print(f"{command}: command not found", file=sys.stderr)
        return 127

    session_id = os.getsid(process.pid)
    lgr.info("duct is executing %r in session %d", command, session_id)
    stop_event = threading.Event()
    monitoring_thread = threading.Thread(target=monitor_process, args=(process.pid, 1.0, stop_event))
    monitoring_thread.start()

    process.wait()
    end_time = time.time()
    stop_event.set()
    monitoring_thread.join()
    for out in (stdout, stderr):
        if isinstance(out, _output.TailPipe):
            out.close()
    lgr.debug("finished at %f", end_time)
    return process.returncode


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser(prog="duct")
    parser.add_argument("--output-prefix", default=".duct/logs/")
    parser.add_argument("--no-capture", action="store_true")
    parser.add_argument("command")
    parser.add_argument("command_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    sys.exit(execute(args.command, args.command_args, args.output_prefix, not args.no_capture))


if __name__ == "__main__":
    main()
