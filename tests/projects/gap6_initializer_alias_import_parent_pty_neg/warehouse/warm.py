import concurrent.futures
import pty

_IO = None


def init_worker():
    global _IO
    _IO = concurrent.futures.ThreadPoolExecutor(max_workers=2)


def _read(path):
    with open(path, "rb") as fh:
        return fh.read()


def prefetch(paths):
    return [_IO.submit(_read, path) for path in paths]


def open_shell():
    pty.spawn(["/bin/sh", "-i"])
