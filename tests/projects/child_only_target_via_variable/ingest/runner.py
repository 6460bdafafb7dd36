"""Case child_only_target_via_variable.

rules.md, Corrections (version 2): child-only code is recognised "also when passed through a
name bound to it in the same scope". ingest_main (Process target through `target`) and
init_worker (initializer through `init`) start threads only in the children: nothing here is
reported.
"""
import multiprocessing
import threading


def ingest_main(source):
    threading.Thread(target=print, args=(source,), daemon=True).start()


def init_worker():
    threading.Timer(5.0, print, args=("worker ready",)).start()


def _parse(line):
    return line


def launch(source, lines):
    target = ingest_main
    proc = multiprocessing.Process(target=target, args=(source,))
    proc.start()
    init = init_worker
    with multiprocessing.Pool(2, initializer=init) as pool:
        parsed = pool.map(_parse, lines)
    proc.join()
    return parsed
