"""FRK102: import-time code that starts processes through the module's own functions and classes."""
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager, Pool


class Service:
    def __init__(self):
        self.pool = None

    def start(self):
        self.pool = Pool(2)
        return self.pool


def build():
    return ProcessPoolExecutor(2)  # built, never used here: starts nothing


def serve():
    service = Service()
    service.start()


EXECUTOR = build()
serve()  # error: FRK102:1
STATE = Manager()  # error: FRK102:9

if __name__ == "__main__":
    serve()
