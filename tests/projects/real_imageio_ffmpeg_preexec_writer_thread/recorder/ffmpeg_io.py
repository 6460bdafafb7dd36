"""Frame writer piping raw frames into ffmpeg (the shape of imageio_ffmpeg's write_frames()).

Its Popen gets preexec_fn through **_popen_kwargs(...): the keyword is built by a helper call,
which the checker cannot read, so (rules.md "Corrections (version 2)", `**kwargs`) this site is
not an FRK004 sink although the process has threads and the helper does pass os.setpgrp.
"""
import os
import subprocess
import sys


def _popen_kwargs(prevent_sigint=False):
    startupinfo = None
    preexec_fn = None
    creationflags = 0
    if prevent_sigint and not sys.platform.startswith("win"):
        # Keep Ctrl-C in the terminal from reaching ffmpeg.
        preexec_fn = os.setpgrp
    return {"startupinfo": startupinfo, "creationflags": creationflags, "preexec_fn": preexec_fn}


def write_frames(path, size, fps=16, pix_fmt_in="rgb24"):
    cmd = [
        "ffmpeg", "-y", "-f", "rawvideo", "-vcodec", "rawvideo",
        "-s", "%dx%d" % size, "-pix_fmt", pix_fmt_in, "-r", "%.02f" % fps,
        "-i", "-", "-an", "-vcodec", "libx264", "-pix_fmt", "yuv420p", path,
    ]
    p = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=None,
        **_popen_kwargs(prevent_sigint=True)
    )
    try:
        while True:
            frame = yield
            if frame is None:
                break
            p.stdin.write(frame)
    finally:
        p.stdin.close()
        p.wait()
