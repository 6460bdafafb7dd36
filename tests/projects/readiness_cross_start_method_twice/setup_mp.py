"""Chooses the start method as soon as it is imported."""
import multiprocessing

multiprocessing.set_start_method("spawn")  # error: FRK104:1
