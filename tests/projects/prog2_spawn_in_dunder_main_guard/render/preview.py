"""Preview a rendered frame."""
import multiprocessing
import os


def _show(path):
    return os.path.getsize(path)


def open_preview(path):
    proc = multiprocessing.Process(target=_show, args=(path,))
    proc.start()
    proc.join()
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execvp("xdg-open", ["xdg-open", path])
    os.waitpid(pid, 0)
    return proc.exitcode
