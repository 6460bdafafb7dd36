"""Transcoding tasks (run in pool workers)."""
import os
import threading
import time

from mediafarm import ffmpeg


def _report(dst):
    while not os.path.exists(dst):
        time.sleep(0.5)


def transcode(src, dst):
    reporter = threading.Thread(target=_report, args=(dst,), daemon=True)
    reporter.start()
    return ffmpeg.run_encoder(src, dst)
