"""FRK103: arguments that cannot be pickled, in Process args/kwargs, initargs and task arguments.

rules.md, "Spawn and forkserver readiness (FRK1xx)": FRK103 is "an argument that cannot be
pickled, in args= / kwargs= of a Process, initargs=, or a task's arguments: a threading lock /
condition / event, an open file, a generator, a threading.Thread, a lambda or local function";
"(Sockets are fine: multiprocessing reduces them.)"  The finding points at the argument
expression.  The threading primitives are created inside functions, so they are not module-level
locks and the module has no thread evidence (no FRK001).
Expected: FRK103 at each marked argument; nothing at the socket, the path strings or None.
"""
import multiprocessing
import socket
import threading
from concurrent.futures import ProcessPoolExecutor

_WORKER_LOCK = None


def consume(stop, path):
    return stop, path


def serve(sock):
    conn, _ = sock.accept()
    conn.close()


def setup(lock):
    global _WORKER_LOCK
    _WORKER_LOCK = lock


def start_consumer(path):
    proc = multiprocessing.Process(target=consume, args=(threading.Event(), path))  # error: FRK103:58
    proc.start()
    return proc


def start_logger(path):
    proc = multiprocessing.Process(target=consume, kwargs={"stop": None, "path": open(path, "a")})  # error: FRK103:82
    proc.start()
    return proc


def start_pool():
    return multiprocessing.Pool(2, initializer=setup, initargs=(threading.RLock(),))  # error: FRK103:65


def submit_jobs(paths):
    with ProcessPoolExecutor(max_workers=2) as ex:
        first = ex.submit(consume, threading.Condition(), paths[0])  # error: FRK103:36
        rest = ex.submit(consume, (p.upper() for p in paths), "all")  # error: FRK103:35
        return first, rest


def start_server(port):
    sock = socket.socket()
    sock.bind(("127.0.0.1", port))
    sock.listen()
    proc = multiprocessing.Process(target=serve, args=(sock,))
    proc.start()
    return proc
