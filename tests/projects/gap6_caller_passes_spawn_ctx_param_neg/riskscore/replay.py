import json
import sys

from riskscore import pools


def main(path):
    with open(path) as fh:
        jobs = json.load(fh)
    print(pools.run_batch(jobs))


if __name__ == "__main__":
    main(sys.argv[1])
