"""Case child_fork_inside_child.

rules.md, Corrections (version 2): child-only threads "are evidence for forks made inside that
child only, never for the parent". shard_main() runs only as a Process target; it starts a
progress thread and then launches ffmpeg with a preexec_fn: that fork happens in the threaded
child and is reported. merge_all() is parent code and stays silent, as does the Process in
transcode/launcher.py.
"""
import multiprocessing
import os
import subprocess
import threading


def _progress():
    return None


def shard_main(path):
    threading.Thread(target=_progress, daemon=True).start()
    subprocess.Popen(["ffmpeg", "-i", path, path + ".mp4"], preexec_fn=os.setsid)  # error: FRK004:5


def _concat(part):
    return part


def merge_all(parts):
    with multiprocessing.Pool() as pool:
        return pool.map(_concat, parts)
