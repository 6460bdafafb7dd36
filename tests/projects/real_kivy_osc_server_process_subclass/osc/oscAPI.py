'''real_kivy_osc_server_process_subclass.

Report: https://github.com/kivy/kivy/pull/5637 ("Don't use fork() in kivy.lib.osc (forking a multithreaded process hangs)")
kivy.lib.osc's listen() started each OSC server as a multiprocessing.Process subclass, forked from
the multi-threaded Kivy application, and the OSC listener hung on Linux (the PR stopped forking there).

Clauses: "Evidence" (a module-level `threading.Lock`, `oscLock = Lock()`, created at import);
"Sinks" default start method (constructing a local subclass of `multiprocessing.Process`, here two
levels deep: OSCServer -> _OSCServer -> Process). Expected: FRK001 at the OSCServer(...) call in
listen(). The real module chose between a Process and a Thread base class at import time; only the
multiprocessing branch is kept (see README). Python 2 syntax was modernised. The explicit
base-class call Process.__init__(self, ...) is not a construction of Process, so not a sink.
'''
import errno
import logging
import os
import socket
import time
from multiprocessing import Process, Queue, Value
from threading import Lock

from . import OSC

Logger = logging.getLogger("kivy")

# globals
outSocket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
oscThreads = {}
oscLock = Lock()


def _readQueue(thread_id=None):
    for id in oscThreads:
        if thread_id is not None and id != thread_id:
            continue
        thread = oscThreads[id]
        try:
            while True:
                message = thread.queue.get_nowait()
                thread.addressManager.handle(message)
        except Exception:
            pass


class _OSCServer(Process):
    def __init__(self, **kwargs):
        self.addressManager = OSC.CallbackManager()
        self.queue = Queue()
        Process.__init__(self, args=(self.queue,))
        self.daemon = True
        self._isRunning = Value('b', True)
        self._haveSocket = Value('b', False)

    def _queue_message(self, message):
        self.queue.put(message)

    def _get_isRunning(self):
        return self._isRunning.value

    def _set_isRunning(self, value):
        self._isRunning.value = value
    isRunning = property(_get_isRunning, _set_isRunning)

    def _get_haveSocket(self):
        return self._haveSocket.value

    def _set_haveSocket(self, value):
        self._haveSocket.value = value
    haveSocket = property(_get_haveSocket, _set_haveSocket)


def bind(oscid, func, oscaddress):
    '''bind given oscaddresses with given functions in address manager'''
    thread = oscThreads.get(oscid, None)
    if thread is None:
        raise KeyError('Unknown thread')
    thread.addressManager.add(func, oscaddress)


def sendMsg(oscAddress, dataArray=(), ipAddr='127.0.0.1', port=9000):
    '''create and send normal OSC msgs'''
    oscLock.acquire()
    try:
        outSocket.sendto(createBinaryMsg(oscAddress, dataArray), (ipAddr, port))
    finally:
        oscLock.release()


def createBinaryMsg(oscAddress, dataArray):
    m = OSC.OSCMessage()
    m.address = oscAddress
    for x in dataArray:
        m.append(x)
    return m.getBinary()


def readQueue(thread_id=None):
    '''Read queues from all threads, and dispatch message. Must be called in the main thread.'''
    return _readQueue(thread_id)


class OSCServer(_OSCServer):
    def __init__(self, **kwargs):
        kwargs.setdefault('ipAddr', '127.0.0.1')
        kwargs.setdefault('port', 9001)
        super(OSCServer, self).__init__()
        self.ipAddr = kwargs.get('ipAddr')
        self.port = kwargs.get('port')

    def run(self):
        self.haveSocket = False
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        if os.name in ['posix', 'mac'] and hasattr(socket, 'SO_REUSEADDR'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        while not self.haveSocket and self.isRunning:
            try:
                self.socket.bind((self.ipAddr, self.port))
                self.socket.settimeout(0.5)
                self.haveSocket = True
            except socket.error as e:
                if e.args and e.args[0] == errno.EADDRINUSE:
                    Logger.error('OSC: Address %s:%i already in use, retry in 2 second' % (self.ipAddr, self.port))
                self.haveSocket = False
                time.sleep(2)
        Logger.info('OSC: listening for Tuio on %s:%i' % (self.ipAddr, self.port))
        while self.isRunning:
            try:
                message = self.socket.recv(65535)
                self._queue_message(message)
            except socket.timeout:
                continue


def listen(ipAddr='127.0.0.1', port=9001):
    '''Creates a new thread listening to that port'''
    id = '%s:%d' % (ipAddr, port)
    if id in oscThreads:
        return
    Logger.debug('OSC: Start thread <%s>' % id)
    oscThreads[id] = OSCServer(ipAddr=ipAddr, port=port)  # error: FRK001:22
    oscThreads[id].start()
    return id


def dontListen(id=None):
    '''closes the socket and kills the thread'''
    if id and id in oscThreads:
        ids = [id]
    else:
        ids = list(oscThreads.keys())
    for id in ids:
        Logger.debug('OSC: Stop thread <%s>' % id)
        oscThreads[id].isRunning = False
        oscThreads[id].join()
        del oscThreads[id]
