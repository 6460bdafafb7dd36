"""One probe process per host."""
import multiprocessing
import sys

from scan import probe


def main(hosts):
    procs = [multiprocessing.Process(target=probe.run_probe, args=(host,)) for host in hosts]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
