"""Shared multiprocessing contexts for the whole project (explicit, never the default)."""
import multiprocessing

SPAWN = multiprocessing.get_context("spawn")
FORKSERVER = multiprocessing.get_context(method="forkserver")
