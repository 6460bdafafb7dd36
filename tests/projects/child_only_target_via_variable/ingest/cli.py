"""Command-line wrapper (not an entry point: no scripts, no __main__.py)."""
import sys

from ingest.runner import launch


def main():
    return launch(sys.argv[1], sys.argv[2:])
