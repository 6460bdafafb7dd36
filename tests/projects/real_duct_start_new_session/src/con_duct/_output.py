"""Output capture for duct: TailPipe streams a log file to stdout/stderr on a thread (con/duct)."""
import subprocess
import sys
import threading
import time
from typing import IO, Optional, Tuple, Union


class TailPipe:
    """TailPipe simultaneously streams to an output stream (stdout or stderr) and a specified file."""

    TAIL_CYCLE_TIME = 0.01

    def __init__(self, file_path: str, buffer: IO[bytes]) -> None:
        self.file_path = file_path
        self.buffer = buffer
        self.stop_event: Optional[threading.Event] = None
        self.infile: Optional[IO[bytes]] = None
        self.thread: Optional[threading.Thread] = None

    def start(self) -> None:
        self.stop_event = threading.Event()
        self.infile = open(self.file_path, "rb")
        self.thread = threading.Thread(target=self._tail, daemon=True)
        self.thread.start()

    def _catch_up(self) -> None:
        assert self.infile is not None
        data = self.infile.read()
        if data:
            self.buffer.write(data)
            self.buffer.flush()

    def _tail(self) -> None:
        assert self.stop_event is not None
        try:
            while not self.stop_event.is_set():
                self._catch_up()
                time.sleep(TailPipe.TAIL_CYCLE_TIME)
            self._catch_up()
        finally:
            self.buffer.flush()

    def close(self) -> None:
        assert self.stop_event is not None and self.thread is not None and self.infile is not None
        self.stop_event.set()
        self.thread.join()
        self.infile.close()


def prepare_outputs(stdout_path: str, stderr_path: str, capture: bool) -> Tuple[Union[TailPipe, int], Union[TailPipe, int]]:
    if not capture:
        return subprocess.DEVNULL, subprocess.DEVNULL
    stdout = TailPipe(stdout_path, buffer=sys.stdout.buffer)
    stdout.start()
    stderr = TailPipe(stderr_path, buffer=sys.stderr.buffer)
    stderr.start()
    return stdout, stderr
