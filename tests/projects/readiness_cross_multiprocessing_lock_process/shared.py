"""A multiprocessing lock, bound at module level."""
import multiprocessing

LOCK = multiprocessing.Lock()
