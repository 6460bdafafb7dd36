"""child3_apply_async_task_thread_callee_popen.

Clause: version 2 "Code that runs only in a child process" (a multiprocessing pool's
`apply_async(f, ...)` task; "Its threads are evidence for forks made inside that child")
x "Across modules" ("evidence flows to the callee: a sink inside a project function is
judged with the evidence of every module that calls that function"). tasks.transcode is only
an apply_async task; it starts a threading.Thread itself and then calls run_encoder() here,
whose Popen(preexec_fn=...) forks inside that pool worker.

Expected:
- this module's subprocess.Popen(..., preexec_fn=_lower_priority): FRK004 (reached from
  tasks.transcode(), a module that starts threads, in the same child).
- mediafarm/cli.py's multiprocessing.Pool(3): nothing (the parent has no thread evidence).
No entry-point program.
"""
import os
import subprocess


def _lower_priority():
    os.nice(10)


def run_encoder(src, dst):
    proc = subprocess.Popen(["ffmpeg", "-i", src, dst], preexec_fn=_lower_priority)  # error: FRK004:12
    return proc.wait()
