"""Chooses the start method as soon as it is imported."""
import multiprocessing

multiprocessing.set_start_method("spawn", force=True)
