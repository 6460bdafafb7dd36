"""Case child_fork_inside_child.

rules.md, Corrections (version 2): child-only threads "are evidence for forks made inside that
child only, never for the parent". shard_main() runs only as a Process target. It starts a
progress thread, then launches ffmpeg with a preexec_fn: that fork happens in the threaded
child and is reported. So is the os.fork() in transcode/probe.py, in probe_streams(), which only
shard_main() calls ("a function (or what it calls)"). merge_all() is parent code and stays
silent, as does the Process in transcode/launcher.py.
"""
import multiprocessing
import os
import subprocess
import threading

from transcode.probe import probe_streams


def _progress():
    return None


def shard_main(path):
    threading.Thread(target=_progress, daemon=True).start()
    probe_streams(path)
    subprocess.Popen(["ffmpeg", "-i", path, path + ".mp4"], preexec_fn=os.setsid)  # error: FRK004:5


def _concat(part):
    return part


def merge_all(parts):
    with multiprocessing.Pool() as pool:
        return pool.map(_concat, parts)
