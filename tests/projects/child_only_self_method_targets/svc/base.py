"""A base class whose method a subclass in another module hands to a child as `self.serve`."""
import os
import threading


def start_monitor():
    threading.Thread(target=print, daemon=True).start()


class Service:
    def serve(self):
        pid = os.fork()  # only ever run in a child (Worker.launch): silent
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
