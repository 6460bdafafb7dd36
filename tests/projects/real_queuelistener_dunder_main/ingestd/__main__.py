"""`python -m ingestd`: configure logging, then run the ingest jobs."""
import logging

from ingestd import jobs, logconf


def main():
    logconf.start()
    logging.getLogger("ingestd").info("starting")
    return jobs.run_all(["a.csv", "b.csv"])


if __name__ == "__main__":
    main()
