"""program_two_programs_shared_sink_module.

Clause: Programs (entry points), "Inside one program, a thread started anywhere (import time or
any function) is evidence for every sink in every module of that program".

Two [project.scripts] programs share this module:
- crawl-fetch = {fetch_cli, net, pool}: net.py starts a thread, so every sink here is reported,
  fan_out() (also reached from the threaded fetch_cli.main) and reindex() (called only by
  index_cli, but this module is in crawl-fetch too).
- crawl-index = {index_cli, pool} has no thread: index_cli.py's own os.fork() is not reported.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def fetch_one(url):
    return url.lower()


def index_one(path):
    return path.upper()


def fan_out(urls):
    with ProcessPoolExecutor(max_workers=8) as ex:  # error: FRK001:10
        return list(ex.map(fetch_one, urls))


def reindex(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(index_one, paths)
