"""Shared executors: the I/O pool is built in a class body, which runs at import time."""
from concurrent.futures import ThreadPoolExecutor


class Shared:
    io_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="io")
