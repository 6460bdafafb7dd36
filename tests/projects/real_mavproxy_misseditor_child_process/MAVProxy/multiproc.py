'''
multi-processing abstraction
This wraps the multiprocessing module (the real file switches to billiard on old macOS
Pythons; only the Linux branch is kept here, see README).
'''


class PipeQueue(object):
    '''simulate a queue using a pipe'''
    def __init__(self):
        (self.sender, self.receiver) = Pipe()
        self.pending = []

    def put(self, *args):
        self.sender.send(*args)

    def get(self):
        while self.receiver.poll():
            self.pending.append(self.receiver.recv())
        if self.pending:
            return self.pending.pop(0)
        return None


from multiprocessing import Process, freeze_support, Pipe, Semaphore, Event, Lock, Queue  # noqa: E402,F401
