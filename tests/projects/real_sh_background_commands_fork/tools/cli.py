"""Command line: run the background checks."""
import sys

from tools.runner import run_all


def main():
    sys.exit(0 if run_all() else 1)


if __name__ == "__main__":
    main()
