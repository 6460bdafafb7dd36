"""vector2dggs command line."""
import sys

from vector2dggs.h3 import h3


def main():
    return h3(sys.argv[1:], 9)
