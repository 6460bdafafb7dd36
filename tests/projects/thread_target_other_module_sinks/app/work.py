import os
import subprocess
from concurrent.futures import ProcessPoolExecutor


def run():
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        pool.map(abs, [1])


def later():
    subprocess.Popen(["true"], preexec_fn=os.setpgrp)  # error: FRK004:5


def in_thread():
    return os.fork()  # error: FRK003:12


def unused():
    with ProcessPoolExecutor() as pool:
        pool.map(abs, [1])


def convert(path):
    return subprocess.run(["convert", path], preexec_fn=os.setsid)  # error: FRK004:12


def archive(paths):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(len, paths))
