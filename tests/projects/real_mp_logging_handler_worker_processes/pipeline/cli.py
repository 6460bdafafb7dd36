"""Command line entry of the pipeline: set up logging, then fan the work out to processes."""
import logging

from pipeline.logsetup import configure_logging
from pipeline.workers import run_workers


def main():
    configure_logging()
    logging.getLogger(__name__).info("starting workers")
    codes = run_workers(range(8))
    logging.getLogger(__name__).info("exit codes: %s", codes)


if __name__ == "__main__":
    main()
