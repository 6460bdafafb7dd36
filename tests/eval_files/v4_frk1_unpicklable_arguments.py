"""v4_frk1_unpicklable_arguments: arguments that cannot be pickled (FRK103).

rules.md, FRK103: "an argument that cannot be pickled, in args= / kwargs= of a Process,
initargs=, or a task's arguments: a threading lock / condition / event, an open file, a
generator ..."; "(Sockets are fine: multiprocessing reduces them.)"; the finding points at the
argument. A ``multiprocessing.Lock`` in ``Process`` args is inherited, not a finding. The
``threading`` objects are built inside functions: not thread evidence (no FRK001).
Expected: four FRK103.
"""
import multiprocessing
import socket
import threading
from concurrent.futures import ProcessPoolExecutor


def _write(path, lock):
    with lock:
        with open(path, "a") as fh:
            fh.write("x\n")


def _read(stream):
    return stream.read()


def _digest(chunks):
    return sum(len(c) for c in chunks)


def _init(stop):
    stop.wait(0)


def _serve(sock):
    sock.accept()


def start_writer(path):
    proc = multiprocessing.Process(target=_write, args=(path, threading.Lock()))  # error: FRK103:63
    proc.start()
    return proc


def start_reader(path):
    proc = multiprocessing.Process(target=_read, kwargs={"stream": open(path, "rb")})  # error: FRK103:68
    proc.start()
    return proc


def digest_all(paths):
    with ProcessPoolExecutor() as ex:
        return ex.submit(_digest, (p.encode() for p in paths)).result()  # error: FRK103:35


def worker_pool():
    return multiprocessing.Pool(2, initializer=_init, initargs=(threading.Event(),))  # error: FRK103:65


def start_writer_ok(path):
    proc = multiprocessing.Process(target=_write, args=(path, multiprocessing.Lock()))
    proc.start()
    return proc


def serve(port):
    sock = socket.create_server(("127.0.0.1", port))
    proc = multiprocessing.Process(target=_serve, args=(sock,))
    proc.start()
    return proc
