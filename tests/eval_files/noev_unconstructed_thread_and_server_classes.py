"""No evidence: a threading.Thread subclass (and its subclass) and a ThreadingMixIn server class that are defined but never constructed in this module (rules.md: "not evidence by itself"; evidence needs the server constructed), so no sink is reported."""
import multiprocessing
import os
import socketserver
import threading
from concurrent.futures import ProcessPoolExecutor


class BackgroundWorker(threading.Thread):
    """Base class; the application package subclasses and starts it elsewhere."""

    def __init__(self, name: str) -> None:
        super().__init__(name=name, daemon=True)

    def run(self) -> None:
        raise NotImplementedError


class ImportWorker(BackgroundWorker):
    def run(self) -> None:
        print("importing")


class ThreadedRPCServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    """Exported for the `serve` entry point in another module."""

    daemon_threads = True


WORKER_CLASSES = {"import": ImportWorker, "rpc": ThreadedRPCServer}


def _shout(text: str) -> str:
    return text.upper()


def convert_all(files):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(_shout, files))


def spawn_one(target):
    p = multiprocessing.Process(target=target)
    p.start()
    return p


def daemonize():
    if os.fork():
        os._exit(0)
