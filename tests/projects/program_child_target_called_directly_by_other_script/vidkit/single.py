"""vidkit-one: encodes each file in this process, one after the other."""
import sys

from vidkit import encoder


def main():
    for path in sys.argv[1:]:
        encoder.encode(path)
