"""real_imageio_ffmpeg_preexec_writer_thread.

Report: https://github.com/imageio/imageio-ffmpeg/issues/58 ("`Writer.append_data` hangs when starting ffmpeg process.")
In a program with many threads, the thread starting ffmpeg through imageio-ffmpeg hung in Popen
(the child blocked on a futex before exec), and the reporter reproduced the same hang with a
plain subprocess.Popen(..., preexec_fn=nop).

Clauses: "Evidence" (`threading.Thread` constructed in Recorder.start()); "Sinks" pre-exec hook
(`subprocess.Popen` with preexec_fn=nop); "Corrections (version 2)" for the `**kwargs` site.
Expected: FRK004 at the Popen(...) call in probe_ffmpeg() (the reporter's reduction). The writer's
own Popen in recorder/ffmpeg_io.py passes preexec_fn through **_popen_kwargs(...), a helper call
the checker cannot read: no finding there (outside what the contract detects; see README).
"""
import queue
import subprocess
import threading
import time

from recorder.ffmpeg_io import write_frames


def nop():
    pass


def probe_ffmpeg():
    proc = subprocess.Popen(["ffmpeg", "-version"], stdout=subprocess.DEVNULL, preexec_fn=nop)  # error: FRK004:12
    return proc.wait()


class Recorder:
    def __init__(self, path, size):
        self.path = path
        self.size = size
        self.frames = queue.Queue(maxsize=64)
        self.threads = []

    def start(self):
        for target in (self._capture_loop, self._telemetry_loop, self._write_loop):
            t = threading.Thread(target=target, daemon=True)
            t.start()
            self.threads.append(t)

    def _capture_loop(self):
        width, height = self.size
        while True:
            self.frames.put(bytes(width * height * 3))
            time.sleep(1 / 30)

    def _telemetry_loop(self):
        while True:
            print("queued frames:", self.frames.qsize())
            time.sleep(1)

    def _write_loop(self):
        probe_ffmpeg()
        writer = write_frames(self.path, self.size)
        writer.send(None)
        while True:
            writer.send(self.frames.get())


def main():
    rec = Recorder("/tmp/out.mp4", (640, 480))
    rec.start()
    for t in rec.threads:
        t.join()


if __name__ == "__main__":
    main()
