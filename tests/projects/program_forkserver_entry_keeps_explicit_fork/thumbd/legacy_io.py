"""Legacy TIFF conversion pinned to fork, and a daemonizer (see cli.py)."""
import multiprocessing
import os


def to_png(path):
    return path.replace(".tiff", ".png")


def convert_tiff(paths):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(2) as pool:
        return pool.map(to_png, paths)


def daemonize():
    pid = os.fork()  # error: FRK003:11
    if pid:
        os._exit(0)
    os.setsid()
