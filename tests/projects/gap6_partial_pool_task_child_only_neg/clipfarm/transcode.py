"""gap6_partial_pool_task_child_only_neg.

Clause: Corrections v2, "Code that runs only in a child process": a process pool task
(`pool.map(f, ...)`). encode_chunk() starts a threading.Thread (progress reporter) and is
used only as a task of the multiprocessing.Pool in encode_file(), wrapped in
`functools.partial(encode_chunk, preset=preset)`. The partial runs only encode_chunk, in the
worker (README reading R1, here for a pool task). So its thread is child-only, this module
has no parent evidence, and the Pool is not reported: no finding.
"""
import functools
import multiprocessing
import threading
import time


def _report_progress(chunk):
    while True:
        print("encoding", chunk)
        time.sleep(5)


def encode_chunk(chunk, preset):
    reporter = threading.Thread(target=_report_progress, args=(chunk,), daemon=True)
    reporter.start()
    time.sleep(0.1)
    return "%s.%s.mp4" % (chunk, preset)


def encode_file(chunks, preset):
    with multiprocessing.Pool(4) as pool:
        return pool.map(functools.partial(encode_chunk, preset=preset), chunks)
