"""Command-line archiver: compress, then upload. Starts no threads.

Only in program vault-archive, which has no thread evidence: its Popen with preexec_fn
is not reported.
"""
import os
import subprocess
import sys

from vault.compress import compress_all


def push(paths, remote):
    cmd = ["rsync", "-a"] + list(paths) + [remote]
    proc = subprocess.Popen(cmd, preexec_fn=os.setpgrp)
    return proc.wait()


def main():
    paths = sys.argv[1:-1]
    remote = sys.argv[-1]
    done = compress_all(paths)
    return push([p + ".z" for p in done], remote)
