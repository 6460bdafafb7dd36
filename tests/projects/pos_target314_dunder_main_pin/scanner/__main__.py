"""`python -m scanner`: pins fork (the scan code relies on inherited globals), starts the feed."""
import multiprocessing

from scanner import feed, pool


def main():
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    feed.start()
    return pool.scan_all(["/srv", "/home"])


if __name__ == "__main__":
    main()
