"""Export: JPEG conversion in a pool, then the uploader in its own session."""
import multiprocessing
import os
import subprocess

from photon import develop


def _to_jpeg(path):
    return path + ".jpg"


def export_all(paths):
    with multiprocessing.Pool(initializer=develop.init_worker) as pool:
        jpegs = pool.map(_to_jpeg, paths)
    subprocess.run(["photon-upload"] + jpegs, preexec_fn=os.setsid, check=True)
    return jpegs
