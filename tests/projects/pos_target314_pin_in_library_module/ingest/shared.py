"""Parsing shared by both programs; kept at 3.14 because ingest-live pins fork."""
import multiprocessing
import threading


def parse(frame):
    return frame.upper()


def parse_all(frames):
    done = threading.Event()
    threading.Thread(target=done.wait, daemon=True).start()
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(parse, frames)
