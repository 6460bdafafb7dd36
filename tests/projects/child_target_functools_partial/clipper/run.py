"""Case child_target_functools_partial.

rules.md, Corrections (version 2), "Code that runs only in a child process": a function the
project uses only as `Process(target=f)` runs in the child, and its threads are never evidence
for the parent. Here the target is passed by keyword as `functools.partial(stages.transcode,
profile)` (reading: a partial of f as the target is a use of f as the target). transcode() is
used nowhere else, so its progress thread is child-only: the Process below and the Pool in
clipper/stages.py (parent code, called directly) are silent. Expected: no finding.
"""
import functools
import multiprocessing

from clipper import stages


def run(profile, paths):
    procs = [
        multiprocessing.Process(target=functools.partial(stages.transcode, profile), args=(path,))
        for path in paths
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return stages.concat_all(paths)
