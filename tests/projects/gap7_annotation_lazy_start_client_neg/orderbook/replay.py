"""gap7_annotation_lazy_start_client_neg.

Clause: "Holding an object implies its threads" -- only for a project class "whose construction
starts threads". replay(client: FeedClient, ...) holds a FeedClient, whose __init__ only stores
settings; its threads start in subscribe(), which replay.py never calls (it reads client.url
and client.symbols). live.py builds and subscribes a client, but it neither calls nor imports
replay.py, and there is no entry point.
Expected: no findings (the ProcessPoolExecutor in replay() has no evidence).
"""
import csv
import os
from concurrent.futures import ProcessPoolExecutor

from orderbook.feed import FeedClient


def load_day(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return path, [row for row in csv.reader(fh) if row]


def replay(client: FeedClient, archive_dir, days):
    paths = [os.path.join(archive_dir, f"{day}.csv") for day in days]
    with ProcessPoolExecutor(max_workers=4) as ex:
        loaded = dict(ex.map(load_day, paths))
    wanted = set(client.symbols)
    return {
        path: [row for row in rows if row[0] in wanted]
        for path, rows in loaded.items()
    }
