import logging
import multiprocessing


def configure():
    logging.basicConfig(level=logging.INFO)
    multiprocessing.set_start_method("forkserver")
