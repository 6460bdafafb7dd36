"""Transcode stage (child only) and the concat step (parent)."""
import multiprocessing
import threading


def _progress(path):
    print("transcoding", path)


def transcode(profile, path):
    threading.Thread(target=_progress, args=(path,), daemon=True).start()
    return profile, path


def _concat(part):
    return part


def concat_all(parts):
    with multiprocessing.Pool() as pool:
        return pool.map(_concat, parts)
