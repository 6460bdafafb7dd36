"""Entry point crawl-index: no threads in this program, so the fork here is not reported."""
import os

from crawl import pool


def main():
    pid = os.fork()
    if pid == 0:
        pool.reindex(["segments/0001"])
        os._exit(0)
    os.waitpid(pid, 0)
