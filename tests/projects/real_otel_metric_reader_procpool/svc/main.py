"""Nightly batch entry point."""
import sys

from svc.batch import run_batch


def main(argv=None):
    sizes = [int(a) for a in (argv or sys.argv[1:])] or [10 ** 5] * 8
    print(sum(run_batch(sizes)))


if __name__ == "__main__":
    main()
