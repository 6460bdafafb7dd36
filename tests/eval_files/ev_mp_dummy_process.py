"""Evidence: multiprocessing.dummy.Process is a thread despite its name (rules.md Evidence bullet 2): evidence, not a sink; multiprocessing.Process is the sink."""
import multiprocessing
import multiprocessing.dummy
import time


def _progress_printer(total):
    for i in range(total):
        print(f"{i}/{total}")
        time.sleep(1)


def _encode(path):
    print("encoding", path)


def encode_all(paths):
    ticker = multiprocessing.dummy.Process(target=_progress_printer, args=(len(paths),))
    ticker.start()
    workers = [multiprocessing.Process(target=_encode, args=(p,)) for p in paths]  # error: FRK001:16
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    ticker.join()
