import threading

from etl.loader import Loader


def main():
    threading.Thread(target=print, daemon=True).start()
    return Loader().load(["a", "bb"])
