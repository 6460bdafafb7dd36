"""Manual thumbnail command (no threads)."""
import sys

from media import thumbs


def main():
    return thumbs.make_thumbs(sys.argv[1:])
