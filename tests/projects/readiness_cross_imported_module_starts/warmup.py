"""Warms a cache with a process pool as soon as it is imported."""
from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor(2) as pool:  # error: FRK102:6
    print(list(pool.map(abs, [-1, -2])))
